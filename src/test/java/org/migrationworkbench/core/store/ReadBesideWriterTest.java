package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.testing.CliRun;
import org.migrationworkbench.testing.TestWorkspaces;

/** While another process has the workspace open, commands that only read work on a snapshot; writers take turns. */
class ReadBesideWriterTest {
    @TempDir
    Path temp;
    private final CliRun cli = new CliRun();

    @Test
    @Timeout(120)
    void readingCommandsWorkWhileAnotherProcessHoldsTheWorkspaceAndWritingIsRefused() throws Exception {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Signoffs");
        String[] sign = {"signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role", "Technical Lead",
                "--approve", "--as", "Ada <ada@example.org>"};
        assertThat(cli.run(sign)).as(cli.err()).isZero();
        Path scratch = Files.createDirectories(temp.resolve("scratch"));
        long snapshotsBefore = snapshots();

        try (ChildStore holder = ChildStore.start("open", ws, scratch, "OPEN")) {
            assertThat(cli.run("verify", "--workspace", ws.toString())).as(cli.err()).isZero();
            assertThat(cli.out()).contains("Sign-off chain: intact (1 record,");
            assertThat(cli.err()).contains("open in another").contains("snapshot");

            assertThat(cli.run("checklist", "--workspace", ws.toString(), "--json")).as(cli.err()).isIn(0, 1);
            assertThat(cli.out()).startsWith("{");
            assertThat(cli.run("gate", "--workspace", ws.toString(), "--phase", "p2-cutover")).as(cli.err())
                    .isIn(0, 1);
            assertThat(cli.out()).contains("Gate p2-cutover");
            Path report = temp.resolve("report.html");
            assertThat(cli.run("report", "--workspace", ws.toString(), "--html", report.toString()))
                    .as(cli.err()).isZero();
            assertThat(report).isNotEmptyFile();

            Path backup = temp.resolve("while-open.zip");
            assertThat(cli.run("backup", "--workspace", ws.toString(), "--out", backup.toString())).as(cli.err())
                    .isZero();
            assertThat(cli.out()).contains("(1 sign-off record, head");
            assertThat(backup).isNotEmptyFile();

            assertThat(cli.run(sign)).isEqualTo(2);
            assertThat(cli.err()).contains("open in another");
        }
        assertThat(snapshots()).as("snapshots are removed when closed").isEqualTo(snapshotsBefore);
        assertThat(cli.run(sign)).as(cli.err()).isZero();
        assertThat(cli.out()).contains("(record 2,");
    }

    private static long snapshots() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("migration-workbench-snapshot")).count();
        }
    }
}
