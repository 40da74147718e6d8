package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.testing.CliRun;
import org.migrationworkbench.testing.TestWorkspaces;

/** backup and restore through the command line, and sign-offs refused on a ledger that does not verify. */
class BackupRestoreCommandTest {
    @TempDir
    Path temp;
    private final CliRun cli = new CliRun();
    private Path ws;
    private Path backup;

    @BeforeEach
    void twoSignoffs() {
        ws = TestWorkspaces.valid(temp.resolve("ws"), "Signoffs");
        backup = temp.resolve("backups/ws.zip");
        sign("Ada <ada@example.org>");
        sign("Bob <bob@example.org>");
    }

    private int sign(String who) {
        return cli.run("signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role", "Technical Lead",
                "--approve", "--as", who);
    }

    @Test
    void aBackupRestoresTheLedgerItWasTakenFromAndKeepsWhatItReplaced() {
        assertThat(cli.run("backup", "--workspace", ws.toString(), "--out", backup.toString())).as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("2 sign-off records");
        assertThat(sign("Cy <cy@example.org>")).isZero();

        assertThat(cli.run("restore", backup.toString(), "--workspace", ws.toString())).as(cli.err()).isZero();

        assertThat(cli.out()).contains("Sign-off chain: intact (2 records")
                .contains("this machine had seen record 3").contains("replaced files are kept in");
        assertThat(cli.run("verify", "--workspace", ws.toString())).as(cli.out()).isZero();
        assertThat(ws.resolve(".workbench-restore")).doesNotExist();
        assertThat(sign("Dee <dee@example.org>")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("(record 3,");
    }

    @Test
    void aBackupRestoresAWorkspaceWhoseWorkbenchFolderWasDeleted() throws Exception {
        assertThat(cli.run("backup", "--workspace", ws.toString(), "--out", backup.toString())).isZero();
        deleteTree(ws.resolve(".workbench"));

        assertThat(cli.run("verify", "--workspace", ws.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("is missing, but this workspace was used before");
        assertThat(cli.run("restore", backup.toString(), "--workspace", ws.toString())).as(cli.err()).isZero();
        assertThat(cli.run("verify", "--workspace", ws.toString())).as(cli.out()).isZero();
    }

    @Test
    void aBackupWhoseLedgerDoesNotVerifyIsRefusedAndNothingIsReplaced() throws Exception {
        tamper("DELETE FROM signoff WHERE seq = 2");
        assertThat(cli.run("backup", "--workspace", ws.toString(), "--out", backup.toString())).isZero();
        assertThat(cli.err()).contains("does not verify");
        byte[] before = Files.readAllBytes(ws.resolve(".workbench/workbench.mv.db"));

        assertThat(cli.run("restore", backup.toString(), "--workspace", ws.toString())).isEqualTo(1);

        assertThat(cli.err()).contains("nothing was restored").contains("TRUNCATED");
        assertThat(Files.readAllBytes(ws.resolve(".workbench/workbench.mv.db"))).isEqualTo(before);
        assertThat(ws.resolve(".workbench-restore")).doesNotExist();
    }

    @Test
    void anAutomaticBackupWithoutAChainHeadRestoresAndItsEndBecomesTheHead() throws Exception {
        assertThat(cli.run("backup", "--workspace", ws.toString(), "--out", backup.toString())).isZero();
        Path automatic = temp.resolve("workbench-20261201-000000-before-v8.zip");
        try (var in = new java.util.zip.ZipFile(backup.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(automatic))) {
            out.putNextEntry(new java.util.zip.ZipEntry("workbench.mv.db"));
            in.getInputStream(in.getEntry("workbench.mv.db")).transferTo(out);
            out.closeEntry();
        }

        assertThat(cli.run("restore", automatic.toString(), "--workspace", ws.toString())).as(cli.err()).isZero();

        assertThat(cli.err()).contains("holds no chain head");
        assertThat(cli.run("verify", "--workspace", ws.toString())).as(cli.out()).isZero();
        assertThat(cli.out()).contains("intact (2 records");
    }

    @Test
    void aFileThatIsNoBackupIsRefusedWithExitTwo() throws Exception {
        Path notZip = Files.writeString(temp.resolve("notes.zip"), "not a zip");

        assertThat(cli.run("restore", notZip.toString(), "--workspace", ws.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("notes.zip").contains("workspace backup");
    }

    @Test
    void aSignoffAfterTheNewestRecordsWereDeletedIsRefusedWithExitOne() throws Exception {
        tamper("DELETE FROM signoff WHERE seq = 2");

        assertThat(sign("Cy <cy@example.org>")).isEqualTo(1);

        assertThat(cli.err()).contains("does not verify, so nothing was recorded").contains("TRUNCATED");
        assertThat(cli.out()).doesNotContain("Recorded");
        assertThat(cli.run("verify", "--workspace", ws.toString())).isEqualTo(1);
    }

    @Test
    void aGateNeverOpensOnALedgerThatDoesNotVerify() throws Exception {
        assertThat(cli.run("gate", "--workspace", ws.toString(), "--phase", "p2-cutover")).isIn(0, 1);
        assertThat(cli.out()).doesNotContain("ledger does not verify");
        tamper("DELETE FROM signoff WHERE seq = 1");

        assertThat(cli.run("gate", "--workspace", ws.toString(), "--phase", "p2-cutover")).isEqualTo(1);

        assertThat(cli.out()).contains("closed").contains("✗ sign-off ledger does not verify");
    }

    @Test
    void verifyReportsAMalformedChainHashInsteadOfCrashing() throws Exception {
        tamper("ALTER TABLE signoff DROP CONSTRAINT uq_signoff_chain_hash",
                "UPDATE signoff SET chain_hash = 'abcd' WHERE seq = 2");

        assertThat(cli.run("verify", "--workspace", ws.toString())).isEqualTo(1);

        assertThat(cli.out()).contains("BROKEN").contains("malformed chain hash");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void verifyChecksAWitnessKeptOutsideTheWorkspace() throws Exception {
        Path witness = Files.copy(ws.resolve(".workbench/signoffs.head"), temp.resolve("release.head"));
        tamper("DELETE FROM signoff WHERE seq = 2");
        Files.writeString(ws.resolve(".workbench/signoffs.head"), firstHead());

        assertThat(cli.run("verify", "--workspace", ws.toString(), "--witness", witness.toString())).isEqualTo(1);
        assertThat(cli.out()).contains("WITNESS").contains("the witness given saw record 2");
    }

    private String firstHead() throws Exception {
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws, Map.of()));
             Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             var row = s.executeQuery("SELECT seq, chain_hash FROM signoff ORDER BY seq")) {
            row.next();
            return row.getLong(1) + " " + row.getString(2) + "\n";
        }
    }

    private void tamper(String... statements) throws Exception {
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws, Map.of()));
             Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER IF EXISTS signoff_append_only");
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
