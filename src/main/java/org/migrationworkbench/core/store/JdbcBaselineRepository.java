package org.migrationworkbench.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.migrationworkbench.core.WorkbenchException;

/** {@link BaselineRepository} on the tables {@code timeline_baseline} and {@code timeline_baseline_phase}. */
public final class JdbcBaselineRepository implements BaselineRepository {
    private static final String INSERT_BASELINE = "INSERT INTO timeline_baseline (taken_at, reason, actor) "
            + "VALUES (?, ?, ?)";
    private static final String INSERT_PHASE = "INSERT INTO timeline_baseline_phase (baseline_id, position, "
            + "phase_id, start_day, end_day) VALUES (?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT b.id, b.taken_at, b.reason, b.actor, p.phase_id, p.start_day, "
            + "p.end_day FROM timeline_baseline b LEFT JOIN timeline_baseline_phase p ON p.baseline_id = b.id ";
    private static final String ORDER = " ORDER BY b.id DESC, p.position";

    private final DataSource dataSource;
    private final AuditLog audit;

    public JdbcBaselineRepository(DataSource dataSource, AuditLog audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Override
    public StoredBaseline save(StoredBaseline baseline) {
        long[] id = new long[1];
        try {
            Transactions.run(dataSource, connection -> {
                id[0] = insertBaseline(connection, baseline);
                insertPhases(connection, id[0], baseline.planned());
            });
        } catch (SQLException e) {
            throw new WorkbenchException("Could not save the timeline baseline (" + baseline.reason() + "): "
                    + e.getMessage(), e);
        }
        audit.append(baseline.actor(), "timeline.baseline", "baseline " + id[0], baseline.reason() + " ("
                + baseline.planned().size() + (baseline.planned().size() == 1 ? " phase)" : " phases)"));
        return new StoredBaseline(id[0], baseline.takenAt(), baseline.reason(), baseline.actor(), baseline.planned());
    }

    private static long insertBaseline(Connection connection, StoredBaseline baseline) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_BASELINE,
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, OffsetDateTime.ofInstant(baseline.takenAt(), ZoneOffset.UTC));
            insert.setString(2, baseline.reason());
            insert.setString(3, baseline.actor());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertPhases(Connection connection, long id, List<PlannedDays> planned) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PHASE)) {
            for (int i = 0; i < planned.size(); i++) {
                PlannedDays days = planned.get(i);
                insert.setLong(1, id);
                insert.setInt(2, i);
                insert.setString(3, days.phase());
                insert.setObject(4, days.start());
                insert.setObject(5, days.end());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Optional<StoredBaseline> latest() {
        return read(SELECT + "WHERE b.id = (SELECT MAX(id) FROM timeline_baseline)" + ORDER).stream().findFirst();
    }

    @Override
    public List<StoredBaseline> all() {
        return read(SELECT + ORDER);
    }

    private List<StoredBaseline> read(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            List<StoredBaseline> heads = new ArrayList<>();
            Map<Long, List<PlannedDays>> days = new LinkedHashMap<>();
            while (row.next()) {
                long id = row.getLong(1);
                if (!days.containsKey(id)) {
                    heads.add(new StoredBaseline(id, row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getString(3), row.getString(4), List.of()));
                    days.put(id, new ArrayList<>());
                }
                if (row.getString(5) != null) {
                    days.get(id).add(new PlannedDays(row.getString(5), row.getObject(6, LocalDate.class),
                            row.getObject(7, LocalDate.class)));
                }
            }
            return heads.stream().map(b -> new StoredBaseline(b.id(), b.takenAt(), b.reason(), b.actor(),
                    days.get(b.id()))).toList();
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the timeline baselines: " + e.getMessage(), e);
        }
    }
}
