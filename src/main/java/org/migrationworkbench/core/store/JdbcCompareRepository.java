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
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.migrationworkbench.core.WorkbenchException;

/** {@link CompareRepository} on the workspace store. */
public final class JdbcCompareRepository implements CompareRepository {
    private static final String COLUMNS = "id, comparison_id, started_at, duration_ms, identical, compared_as, "
            + "input_digest, result_digest, result_json, trigger_source";
    private static final String INSERT_RUN = "INSERT INTO compare_run (comparison_id, started_at, duration_ms, "
            + "identical, compared_as, input_digest, result_digest, result_json, trigger_source) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ACCEPTANCE = "INSERT INTO compare_acceptance (comparison_id, acceptance_id, "
            + "match_regex, field_regex, reason, owner, expires_on, revoked, created_by, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    public JdbcCompareRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long save(StoredCompareRun run) {
        long[] id = new long[1];
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_RUN,
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, run.comparisonId());
                    insert.setObject(2, OffsetDateTime.ofInstant(run.startedAt(), ZoneOffset.UTC));
                    insert.setLong(3, run.durationMs());
                    insert.setBoolean(4, run.identical());
                    insert.setString(5, run.comparedAs());
                    insert.setString(6, run.inputDigest());
                    insert.setString(7, run.resultDigest());
                    insert.setString(8, run.resultJson());
                    insert.setString(9, run.trigger());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id[0] = keys.getLong(1);
                    }
                }
            });
            return id[0];
        } catch (SQLException e) {
            throw new WorkbenchException("Could not save the run of comparison " + run.comparisonId() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredCompareRun> latest(String comparisonId) {
        List<StoredCompareRun> runs = runs("SELECT " + COLUMNS + " FROM compare_run WHERE comparison_id = ? "
                + "ORDER BY id DESC LIMIT 1", comparisonId);
        return runs.stream().findFirst();
    }

    @Override
    public List<StoredCompareRun> latestOfEach() {
        return runs("SELECT " + COLUMNS + " FROM compare_run r WHERE id = (SELECT MAX(id) FROM compare_run "
                + "WHERE comparison_id = r.comparison_id) ORDER BY comparison_id", null);
    }

    private List<StoredCompareRun> runs(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            List<StoredCompareRun> out = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    out.add(new StoredCompareRun(row.getLong(1), row.getString(2),
                            row.getObject(3, OffsetDateTime.class).toInstant(), row.getLong(4), row.getBoolean(5),
                            row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                            row.getString(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read comparison runs: " + e.getMessage(), e);
        }
    }

    @Override
    public void addAcceptance(StoredAcceptance a) {
        try {
            Transactions.run(dataSource, connection -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_ACCEPTANCE)) {
                    insert.setString(1, a.comparisonId());
                    insert.setString(2, a.acceptanceId());
                    insert.setString(3, a.match());
                    insert.setString(4, a.field().orElse(null));
                    insert.setString(5, a.reason());
                    insert.setString(6, a.owner());
                    insert.setObject(7, a.expires().orElse(null));
                    insert.setBoolean(8, a.revoked());
                    insert.setString(9, a.createdBy());
                    insert.setObject(10, OffsetDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC));
                    insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new WorkbenchException("Could not save the acceptance '" + a.acceptanceId() + "': "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredAcceptance> acceptances(String comparisonId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT comparison_id, acceptance_id, "
                     + "match_regex, field_regex, reason, owner, expires_on, revoked, created_by, created_at "
                     + "FROM compare_acceptance WHERE comparison_id = ? ORDER BY seq")) {
            query.setString(1, comparisonId);
            List<StoredAcceptance> out = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    out.add(new StoredAcceptance(row.getString(1), row.getString(2), row.getString(3),
                            Optional.ofNullable(row.getString(4)), row.getString(5), row.getString(6),
                            Optional.ofNullable(row.getObject(7, LocalDate.class)), row.getBoolean(8),
                            row.getString(9), row.getObject(10, OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read accepted differences: " + e.getMessage(), e);
        }
    }
}
