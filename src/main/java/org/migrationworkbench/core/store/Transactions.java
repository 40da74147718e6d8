package org.migrationworkbench.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs JDBC work in one transaction on a pooled connection: all of it commits, or none of it. */
final class Transactions {
    /** Work on a connection that is in a transaction. */
    @FunctionalInterface
    interface Work {
        void run(Connection connection) throws SQLException;
    }

    private Transactions() {
    }

    static void run(DataSource dataSource, Work work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                // the connection goes back to a pool
                connection.setAutoCommit(true);
            }
        }
    }
}
