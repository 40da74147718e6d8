package org.migrationworkbench.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.migrationworkbench.core.WorkbenchException;

/** {@link ChecklistCatalogRepository} on the workspace store. */
public final class JdbcChecklistCatalogRepository implements ChecklistCatalogRepository {
    /** Separates section titles in the stored path (a character that never occurs in a heading). */
    private static final String PATH_SEPARATOR = "\u001f";
    private static final String SELECT = "SELECT item_id, text, section_path, position, active FROM checklist_item "
            + "WHERE checklist_id = ? ORDER BY active DESC, position";
    private static final String DEACTIVATE = "UPDATE checklist_item SET active = FALSE WHERE checklist_id = ?";
    private static final String MERGE = "MERGE INTO checklist_item (checklist_id, item_id, text, section_path, "
            + "position, active, seen_at) KEY (checklist_id, item_id) VALUES (?, ?, ?, ?, ?, TRUE, ?)";

    private final DataSource dataSource;

    public JdbcChecklistCatalogRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<CatalogItem> items(String checklistId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setString(1, checklistId);
            List<CatalogItem> items = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String path = rows.getString(3);
                    items.add(new CatalogItem(rows.getString(1), rows.getString(2),
                            path.isEmpty() ? List.of() : Arrays.asList(path.split(PATH_SEPARATOR, -1)),
                            rows.getInt(4), rows.getBoolean(5)));
                }
            }
            return List.copyOf(items);
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the items of checklist " + checklistId + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void replace(String checklistId, List<CatalogItem> active, Instant at) {
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement deactivate = connection.prepareStatement(DEACTIVATE);
                     PreparedStatement merge = connection.prepareStatement(MERGE)) {
                    deactivate.setString(1, checklistId);
                    deactivate.executeUpdate();
                    OffsetDateTime seen = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
                    for (CatalogItem item : active) {
                        merge.setString(1, checklistId);
                        merge.setString(2, item.id());
                        merge.setString(3, item.text());
                        merge.setString(4, String.join(PATH_SEPARATOR, item.sectionPath()));
                        merge.setInt(5, item.position());
                        merge.setObject(6, seen);
                        merge.addBatch();
                    }
                    merge.executeBatch();
                }
            });
        } catch (SQLException e) {
            throw new WorkbenchException("Could not save the items of checklist " + checklistId + ": "
                    + e.getMessage(), e);
        }
    }
}
