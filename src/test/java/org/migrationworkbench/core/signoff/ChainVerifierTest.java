package org.migrationworkbench.core.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.signoff.ChainProblem.Kind;

class ChainVerifierTest {
    @TempDir
    Path workspace;
    LedgerFixture fixture;

    @BeforeEach
    void openLedger() {
        fixture = new LedgerFixture(workspace);
        fixture.appendSome(4);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anUntouchedLedgerIsIntactAndEndsAtTheHead() {
        ChainVerification result = fixture.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.records()).isEqualTo(4);
        assertThat(result.head()).contains(fixture.ledger.writtenHead().orElseThrow());
        assertThat(result.head().orElseThrow().seq()).isEqualTo(4);
    }

    @Test
    void recordsAreChainedInOrderAndReadBackExactly() {
        var records = fixture.ledger.records();

        assertThat(records).extracting(SignoffRecord::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(records.get(0).previousHash()).isEmpty();
        assertThat(records.get(1).previousHash()).isEqualTo(records.get(0).chainHash());
        assertThat(records.get(2).signoff()).isEqualTo(LedgerFixture.signoff("p1", "Role 3", "Person 3", 3));
    }

    @Test
    void theTableRefusesUpdatesWhileItsTriggerIsThere() throws SQLException {
        try (Connection c = fixture.store.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE signoff SET comment = 'x' WHERE seq = 2"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void anEditedRecordIsFoundAtItsSeq() throws SQLException {
        fixture.tamper("UPDATE signoff SET decision = 'reject' WHERE seq = 2");

        assertThat(fixture.verify().problems()).extracting(ChainProblem::seq, ChainProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, Kind.EDITED));
    }

    @Test
    void anEditWithItsHashRecomputedBreaksTheLinkOfTheNextRecord() throws SQLException {
        SignoffRecord second = fixture.ledger.records().get(1);
        Signoff forged = new Signoff("p1", "Role 2", "Mallory", "", Decision.APPROVE, "", second.signoff().signedAt(),
                second.signoff().evidenceDigest(), second.signoff().evidenceSnapshot());
        String hash = ChainHash.next(second.previousHash(), forged);
        fixture.tamper("UPDATE signoff SET person = 'Mallory', email = NULL, comment = NULL, chain_hash = '" + hash
                + "' WHERE seq = 2");

        assertThat(fixture.verify().problems()).extracting(ChainProblem::seq, ChainProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, Kind.DELETED));
    }

    @Test
    void aDeletedRecordIsFoundWhereTheChainBreaks() throws SQLException {
        fixture.tamper("DELETE FROM signoff WHERE seq = 2");

        assertThat(fixture.verify().problems()).extracting(ChainProblem::seq, ChainProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, Kind.DELETED));
    }

    @Test
    void reorderedRecordsAreFound() throws SQLException {
        fixture.tamper("ALTER TABLE signoff DROP CONSTRAINT uq_signoff_previous_hash",
                "UPDATE signoff SET seq = 99 WHERE seq = 2", "UPDATE signoff SET seq = 2 WHERE seq = 3",
                "UPDATE signoff SET seq = 3 WHERE seq = 99");

        ChainVerification result = fixture.verify();

        assertThat(result.problems()).extracting(ChainProblem::kind).containsOnly(Kind.REORDERED);
        assertThat(result.problems()).extracting(ChainProblem::seq).contains(2L);
    }

    @Test
    void aRecordInsertedInTheMiddleIsFoundEvenWithAValidHash() throws SQLException {
        SignoffRecord first = fixture.ledger.records().get(0);
        Signoff forged = LedgerFixture.signoff("p1", "Role 9", "Mallory", 9);
        String hash = ChainHash.next(first.chainHash(), forged);
        fixture.tamper("ALTER TABLE signoff DROP CONSTRAINT uq_signoff_previous_hash",
                "UPDATE signoff SET seq = seq + 10 WHERE seq >= 2",
                insert(2, forged, first.chainHash(), hash));

        // moving the records also moved the one the head file names, and the witness's record 4 is gone
        assertThat(fixture.verify().problems()).extracting(ChainProblem::seq, ChainProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, Kind.INSERTED),
                        org.assertj.core.groups.Tuple.tuple(4L, Kind.WITNESS),
                        org.assertj.core.groups.Tuple.tuple(14L, Kind.HEAD));
    }

    @Test
    void aRecordAppendedBehindTheAppsBackIsFoundByTheHead() throws SQLException {
        SignoffRecord last = fixture.ledger.records().get(3);
        Signoff forged = LedgerFixture.signoff("p1", "Role 9", "Mallory", 9);
        fixture.tamper(insert(5, forged, last.chainHash(), ChainHash.next(last.chainHash(), forged)));

        assertThat(fixture.verify().problems()).extracting(ChainProblem::seq, ChainProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, Kind.INSERTED));
    }

    @Test
    void deletingTheNewestRecordsIsFoundByTheHead() throws SQLException {
        fixture.tamper("DELETE FROM signoff WHERE seq >= 3");

        assertThat(fixture.verify().problems()).extracting(ChainProblem::seq, ChainProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, Kind.TRUNCATED),
                        org.assertj.core.groups.Tuple.tuple(4L, Kind.WITNESS));
    }

    @Test
    void truncatingTheWholeTableIsFound() throws SQLException {
        fixture.tamper("TRUNCATE TABLE signoff");

        assertThat(fixture.verify().problems()).extracting(ChainProblem::kind)
                .containsExactly(Kind.TRUNCATED, Kind.WITNESS);
    }

    @Test
    void aMissingHeadFileIsReported() throws Exception {
        Files.delete(fixture.ledger.headFile());

        assertThat(fixture.verify().problems()).extracting(ChainProblem::kind).containsExactly(Kind.HEAD);
    }

    @Test
    void anUnreadableHeadFileIsReportedWithItsPath() throws Exception {
        Files.writeString(fixture.ledger.headFile(), "garbage");

        assertThat(fixture.verify().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("signoffs.head:1:1"));
    }

    @Test
    void anEmptyLedgerWithoutHeadIsIntact(@TempDir Path other) {
        try (LedgerFixture empty = new LedgerFixture(other)) {
            assertThat(empty.verify().intact()).isTrue();
        }
    }

    static String insert(long seq, Signoff s, String previous, String hash) {
        return "INSERT INTO signoff (seq, gate_id, role, person, email, decision, comment, signed_at, "
                + "evidence_digest, evidence_snapshot, previous_hash, chain_hash) VALUES (" + seq + ", '" + s.gate()
                + "', '" + s.role() + "', '" + s.person() + "', '" + s.email() + "', 'approve', '" + s.comment()
                + "', TIMESTAMP WITH TIME ZONE '" + s.signedAt().toString().replace('T', ' ').replace("Z", "+00")
                + "', '" + s.evidenceDigest() + "', '" + s.evidenceSnapshot() + "', '" + previous + "', '" + hash
                + "')";
    }
}
