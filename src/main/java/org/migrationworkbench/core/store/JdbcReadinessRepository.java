package org.migrationworkbench.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.migrationworkbench.core.WorkbenchException;

/** {@link ReadinessRepository} on the workspace store. */
public final class JdbcReadinessRepository implements ReadinessRepository {
    private static final String INSERT_RUN = "INSERT INTO readiness_run (started_at, finished_at, phase_id, status, "
            + "trigger_source) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_RESULT = "INSERT INTO readiness_result (run_id, rule_id, status, summary, "
            + "evidence, digest, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String RUN = "SELECT id, started_at, finished_at, phase_id, status, trigger_source "
            + "FROM readiness_run ";
    private static final String RESULTS = "SELECT rule_id, status, summary, evidence, digest, duration_ms "
            + "FROM readiness_result WHERE run_id = ? ORDER BY rule_id";

    private final DataSource dataSource;

    public JdbcReadinessRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long save(StoredRun run) {
        long[] id = new long[1];
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_RUN,
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.setObject(1, OffsetDateTime.ofInstant(run.startedAt(), ZoneOffset.UTC));
                    insert.setObject(2, OffsetDateTime.ofInstant(run.finishedAt(), ZoneOffset.UTC));
                    insert.setString(3, run.phase().orElse(null));
                    insert.setString(4, run.status());
                    insert.setString(5, run.trigger());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id[0] = keys.getLong(1);
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT_RESULT)) {
                    for (StoredResult result : run.results()) {
                        insert.setLong(1, id[0]);
                        insert.setString(2, result.ruleId());
                        insert.setString(3, result.status());
                        insert.setString(4, result.summary().length() > 4000 ? result.summary().substring(0, 4000)
                                : result.summary());
                        insert.setString(5, result.evidence());
                        insert.setString(6, result.digest());
                        insert.setLong(7, result.durationMs());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
            return id[0];
        } catch (SQLException e) {
            throw new WorkbenchException("Could not save the readiness run: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredRun> latest() {
        return run(RUN + "ORDER BY id DESC LIMIT 1", -1);
    }

    @Override
    public Optional<StoredRun> before(long runId) {
        return run(RUN + "WHERE id < ? ORDER BY id DESC LIMIT 1", runId);
    }

    private Optional<StoredRun> run(String sql, long parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter >= 0) {
                query.setLong(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long id = row.getLong(1);
                OffsetDateTime finished = row.getObject(3, OffsetDateTime.class);
                return Optional.of(new StoredRun(id, row.getObject(2, OffsetDateTime.class).toInstant(),
                        finished == null ? row.getObject(2, OffsetDateTime.class).toInstant() : finished.toInstant(),
                        Optional.ofNullable(row.getString(4)), row.getString(5), row.getString(6),
                        results(connection, id)));
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read readiness runs: " + e.getMessage(), e);
        }
    }

    private static List<StoredResult> results(Connection connection, long runId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(RESULTS)) {
            query.setLong(1, runId);
            List<StoredResult> results = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    results.add(new StoredResult(row.getString(1), row.getString(2), nonNull(row.getString(3)),
                            nonNull(row.getString(4)), nonNull(row.getString(5)), row.getLong(6)));
                }
            }
            return results;
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void addWaiver(StoredWaiver waiver) {
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO readiness_waiver (rule_id, "
                        + "reason, owner, expires_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, waiver.ruleId());
                    insert.setString(2, waiver.reason());
                    insert.setString(3, waiver.owner());
                    insert.setObject(4, waiver.expires());
                    insert.setString(5, waiver.createdBy());
                    insert.setObject(6, OffsetDateTime.ofInstant(waiver.createdAt(), ZoneOffset.UTC));
                    insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new WorkbenchException("Could not save the waiver of rule " + waiver.ruleId() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredWaiver> waivers() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT rule_id, reason, owner, expires_on, "
                     + "created_by, created_at FROM readiness_waiver ORDER BY seq");
             ResultSet row = query.executeQuery()) {
            List<StoredWaiver> waivers = new ArrayList<>();
            while (row.next()) {
                waivers.add(new StoredWaiver(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, java.time.LocalDate.class), row.getString(5),
                        row.getObject(6, OffsetDateTime.class).toInstant()));
            }
            return waivers;
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read waivers: " + e.getMessage(), e);
        }
    }
}
