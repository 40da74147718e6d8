package org.migrationworkbench.core.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.signoff.ChainProblem.Kind;

/** A new sign-off never launders damage, and the head protocol tells a crash from tampering. */
class LedgerTamperTest {
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
    void aSignoffIsRefusedAfterTheNewestRecordsWereDeleted() throws Exception {
        fixture.tamper("DELETE FROM signoff WHERE seq > 2");

        assertThatThrownBy(() -> fixture.ledger.append(LedgerFixture.signoff("p1", "Role 5", "Eve", 5)))
                .isInstanceOf(ChainBrokenException.class).hasMessageContaining("TRUNCATED")
                .hasMessageContaining("nothing was recorded");
        assertThat(fixture.ledger.records()).hasSize(2);
        assertThat(fixture.verify().intact()).isFalse();
    }

    @Test
    void aSignoffIsRefusedWhenTheHeadFileIsGone() throws Exception {
        Files.delete(fixture.ledger.headFile());

        assertThatThrownBy(() -> fixture.ledger.append(LedgerFixture.signoff("p1", "Role 5", "Eve", 5)))
                .isInstanceOf(ChainBrokenException.class).hasMessageContaining("head file is missing");
        assertThat(fixture.ledger.records()).hasSize(4);
    }

    @Test
    void aForgedRecordWithItsHashRecomputedAndTheHeadRewrittenIsCaughtByTheWitness() throws Exception {
        SignoffRecord third = fixture.ledger.records().get(2);
        Signoff forged = LedgerFixture.signoff("p1", "Role 4", "Mallory", 4);
        String hash = ChainHash.next(third.chainHash(), forged);
        fixture.tamper("DELETE FROM signoff WHERE seq = 4", ChainVerifierTest.insert(4, forged, third.chainHash(),
                hash));
        Files.writeString(fixture.ledger.headFile(), "4 " + hash + "\n");

        assertThat(fixture.verify().problems()).extracting(ChainProblem::kind).containsExactly(Kind.WITNESS);
        assertThatThrownBy(() -> fixture.ledger.append(LedgerFixture.signoff("p1", "Role 5", "Eve", 5)))
                .isInstanceOf(ChainBrokenException.class);
    }

    @Test
    void anEditedSequenceInTheHeadFileIsReported() throws Exception {
        String head = Files.readString(fixture.ledger.headFile());
        Files.writeString(fixture.ledger.headFile(), head.replaceFirst("^4 ", "9 "));

        assertThat(fixture.verify().problems()).extracting(ChainProblem::kind).containsExactly(Kind.HEAD);
    }

    @Test
    void aMalformedChainHashIsAFindingNotACrash() throws Exception {
        fixture.tamper("ALTER TABLE signoff DROP CONSTRAINT uq_signoff_chain_hash",
                "UPDATE signoff SET chain_hash = 'abcd' WHERE seq = 4");

        ChainVerification result = fixture.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.problems()).extracting(ChainProblem::message)
                .anySatisfy(m -> assertThat(m).contains("malformed chain hash"));
        assertThat(result.head().orElseThrow().shortHash()).isEqualTo("abcd");
    }

    @Test
    void aRowThatIsNoRecordAnyMoreIsAFindingNotACrash() throws Exception {
        fixture.tamper("ALTER TABLE signoff DROP CONSTRAINT ck_signoff_decision",
                "UPDATE signoff SET decision = 'maybe' WHERE seq = 2");

        ChainVerification result = fixture.verify();

        assertThat(result.records()).isEqualTo(4);
        assertThat(result.problems()).extracting(ChainProblem::seq, ChainProblem::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(2L, Kind.EDITED));
    }

    @Test
    void aCrashBetweenCommitAndHeadIsRecoveredNotReportedAsTampering() throws Exception {
        SignoffRecord last = fixture.ledger.records().get(3);
        Signoff next = LedgerFixture.signoff("p1", "Role 5", "Eve", 5);
        ChainHead pending = new ChainHead(5, ChainHash.next(last.chainHash(), next));
        // what append leaves when it dies right after its commit: the pending head and the committed record
        HeadFile.of(new ChainHead(4, last.chainHash())).pending(pending).write(fixture.ledger.headFile());
        fixture.tamper(ChainVerifierTest.insert(5, next, last.chainHash(), pending.chainHash()));

        assertThat(fixture.verify().intact()).isTrue();
        assertThat(fixture.ledger.recoverHead()).isTrue();
        assertThat(fixture.ledger.writtenHead()).contains(pending);
        assertThat(HeadFile.read(fixture.ledger.headFile()).orElseThrow().pending()).isEmpty();
        assertThat(fixture.ledger.append(LedgerFixture.signoff("p1", "Role 6", "Fay", 6)).seq()).isEqualTo(6);
    }

    @Test
    void aCrashBeforeTheCommitLeavesAPendingHeadThatIsIgnored() {
        SignoffRecord last = fixture.ledger.records().get(3);
        HeadFile.of(new ChainHead(4, last.chainHash())).pending(new ChainHead(5, "0".repeat(64)))
                .write(fixture.ledger.headFile());

        assertThat(fixture.verify().intact()).isTrue();
        assertThat(fixture.ledger.append(LedgerFixture.signoff("p1", "Role 5", "Eve", 5)).seq()).isEqualTo(5);
        assertThat(fixture.verify().intact()).isTrue();
    }

    @Test
    void aRecordInsertedWithoutAPendingHeadIsStillTampering() throws Exception {
        SignoffRecord last = fixture.ledger.records().get(3);
        Signoff forged = LedgerFixture.signoff("p1", "Role 5", "Mallory", 5);
        fixture.tamper(ChainVerifierTest.insert(5, forged, last.chainHash(), ChainHash.next(last.chainHash(),
                forged)));

        assertThat(fixture.verify().problems()).extracting(ChainProblem::kind).containsExactly(Kind.INSERTED);
    }

    @Test
    void whenThePendingHeadCannotBeWrittenNothingIsCommitted() throws Exception {
        Path blocker = Files.writeString(workspace.resolve("not-a-folder"), "x");
        SignoffLedger unwritable = new SignoffLedger(fixture.store, blocker.resolve("signoffs.head"),
                fixture.ledger.witness());

        assertThatThrownBy(() -> unwritable.append(LedgerFixture.signoff("p1", "Role 5", "Eve", 5)))
                .isInstanceOf(WorkbenchException.class);
        assertThat(fixture.ledger.records()).hasSize(4);
    }

    @Test
    void aRollbackIsFoundByAWitnessKeptElsewhere() throws Exception {
        ChainHead seen = fixture.ledger.writtenHead().orElseThrow();
        fixture.tamper("DELETE FROM signoff WHERE seq > 2");
        SignoffRecord second = fixture.ledger.records().get(1);
        Files.writeString(fixture.ledger.headFile(), "2 " + second.chainHash() + "\n");
        Files.delete(fixture.ledger.witness().file());

        assertThat(fixture.verify().intact()).as("a consistent rollback is invisible without a witness").isTrue();
        assertThat(new ChainVerifier().verify(fixture.ledger, SignoffPolicy.NONE, Optional.of(seen)).problems())
                .extracting(ChainProblem::kind).containsExactly(Kind.WITNESS);
    }

    @Test
    void anAppendRemovesTempFilesThatAKilledHeadWriteLeft() throws Exception {
        Path leftover = Files.writeString(fixture.ledger.headFile().resolveSibling(".signoffs.head123.tmp"), "4 x");

        fixture.ledger.append(LedgerFixture.signoff("p1", "Role 5", "Eve", 5));

        assertThat(leftover).doesNotExist();
        assertThat(fixture.verify().intact()).isTrue();
    }

    @Test
    void theWitnessMovesForwardWithEachAppendAndNeverBack() {
        Witness witness = fixture.ledger.witness();
        assertThat(witness.read().orElseThrow().seq()).isEqualTo(4);

        witness.advance(new ChainHead(2, "1".repeat(64)));

        assertThat(witness.read().orElseThrow().seq()).isEqualTo(4);
    }

    static SignoffPolicy signers(String role, List<String> keys) {
        return new SignoffPolicy(List.of(role), true, Map.of(), false, Map.of(role, keys));
    }
}
