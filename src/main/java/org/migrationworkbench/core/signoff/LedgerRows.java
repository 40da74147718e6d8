package org.migrationworkbench.core.signoff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** How a {@link SignoffRecord} maps to a row of table {@code signoff}, and back. */
final class LedgerRows {
    static final String COLUMNS = "seq, gate_id, role, person, email, decision, comment, signed_at, "
            + "evidence_digest, evidence_snapshot, previous_hash, chain_hash, signer_key, signature";
    static final String INSERT = "INSERT INTO signoff (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?)";

    private LedgerRows() {
    }

    /** A row as read, or why it cannot be a record: tampering may leave anything in any column. */
    record Row(long seq, Optional<SignoffRecord> record, String malformed) {
    }

    static void bind(PreparedStatement insert, SignoffRecord record) throws SQLException {
        Signoff s = record.signoff();
        insert.setLong(1, record.seq());
        insert.setString(2, s.gate());
        insert.setString(3, s.role());
        insert.setString(4, s.person());
        insert.setString(5, emptyToNull(s.email()));
        insert.setString(6, s.decision().id());
        insert.setString(7, emptyToNull(s.comment()));
        insert.setObject(8, OffsetDateTime.ofInstant(s.signedAt(), ZoneOffset.UTC));
        insert.setString(9, s.evidenceDigest());
        insert.setString(10, s.evidenceSnapshot());
        insert.setString(11, emptyToNull(record.previousHash()));
        insert.setString(12, record.chainHash());
        insert.setString(13, record.seal().map(Seal::publicKey).orElse(null));
        insert.setString(14, record.seal().map(Seal::signature).orElse(null));
    }

    static Row read(ResultSet row) throws SQLException {
        long seq = row.getLong(1);
        try {
            Signoff s = new Signoff(required(row, 2), required(row, 3), required(row, 4),
                    nullToEmpty(row.getString(5)), Decision.of(required(row, 6)), nullToEmpty(row.getString(7)),
                    row.getObject(8, OffsetDateTime.class).toInstant(), required(row, 9),
                    nullToEmpty(row.getString(10)));
            Optional<Seal> seal = row.getString(13) == null && row.getString(14) == null ? Optional.empty()
                    : Optional.of(new Seal(nullToEmpty(row.getString(13)), nullToEmpty(row.getString(14))));
            return new Row(seq, Optional.of(new SignoffRecord(seq, s, nullToEmpty(row.getString(11)),
                    required(row, 12), seal)), "");
        } catch (RuntimeException | SQLException e) {
            return new Row(seq, Optional.empty(), String.valueOf(e.getMessage()));
        }
    }

    private static String required(ResultSet row, int column) throws SQLException {
        String value = row.getString(column);
        if (value == null) {
            throw new IllegalStateException("column " + COLUMNS.split(", ")[column - 1] + " is empty");
        }
        return value;
    }

    /** The records of {@code rows} that could be read. */
    static List<SignoffRecord> records(List<Row> rows) {
        return rows.stream().flatMap(r -> r.record().stream()).toList();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
