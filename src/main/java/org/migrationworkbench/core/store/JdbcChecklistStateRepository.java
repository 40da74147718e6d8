package org.migrationworkbench.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.migrationworkbench.core.WorkbenchException;

/** {@link ChecklistStateRepository} on the tables {@code checklist_item_state} and {@code checklist_item_event}. */
public final class JdbcChecklistStateRepository implements ChecklistStateRepository {
    private static final String UPDATE_STATE = "UPDATE checklist_item_state SET state = ?, actor = ?, "
            + "changed_at = ?, note = ?, reason = ?, assignee = ? WHERE checklist_id = ? AND item_id = ?";
    private static final String INSERT_STATE = "INSERT INTO checklist_item_state "
            + "(state, actor, changed_at, note, reason, assignee, checklist_id, item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO checklist_item_event "
            + "(state, actor, at, note, reason, assignee, checklist_id, item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_CURRENT = "SELECT checklist_id, item_id, state, actor, changed_at, note, "
            + "reason, assignee FROM checklist_item_state WHERE checklist_id = ? ORDER BY item_id";
    private static final String SELECT_HISTORY = "SELECT checklist_id, item_id, state, actor, at, note, reason, "
            + "assignee FROM checklist_item_event WHERE checklist_id = ? AND item_id = ? ORDER BY seq";

    private final DataSource dataSource;

    public JdbcChecklistStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(ItemState state) {
        try {
            Transactions.run(dataSource, connection -> {
                if (write(connection, UPDATE_STATE, state) == 0) {
                    write(connection, INSERT_STATE, state);
                }
                write(connection, INSERT_EVENT, state);
            });
        } catch (SQLException e) {
            throw new WorkbenchException("Could not save the state of item " + state.itemId() + " of checklist "
                    + state.checklistId() + ": " + e.getMessage(), e);
        }
    }

    /** Runs one of the statements whose parameters are (state, actor, time, note, reason, assignee, checklist, item). */
    private static int write(Connection connection, String sql, ItemState state) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, state.state());
            statement.setString(2, state.actor());
            statement.setObject(3, OffsetDateTime.ofInstant(state.changedAt(), ZoneOffset.UTC));
            statement.setString(4, emptyToNull(state.note()));
            statement.setString(5, emptyToNull(state.reason()));
            statement.setString(6, emptyToNull(state.assignee()));
            statement.setString(7, state.checklistId());
            statement.setString(8, state.itemId());
            return statement.executeUpdate();
        }
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    @Override
    public Map<String, ItemState> currentStates(String checklistId) {
        Map<String, ItemState> states = new LinkedHashMap<>();
        for (ItemState state : query(SELECT_CURRENT, checklistId)) {
            states.put(state.itemId(), state);
        }
        return Collections.unmodifiableMap(states);
    }

    @Override
    public List<ItemState> history(String checklistId, String itemId) {
        return query(SELECT_HISTORY, checklistId, itemId);
    }

    private List<ItemState> query(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<ItemState> states = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    states.add(new ItemState(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant(),
                            rows.getString(6), rows.getString(7), rows.getString(8)));
                }
            }
            return List.copyOf(states);
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read checklist progress of " + String.join("/", parameters)
                    + ": " + e.getMessage(), e);
        }
    }
}
