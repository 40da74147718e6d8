package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.testing.Fifos;
import org.migrationworkbench.testing.TestWorkspaces;
import picocli.CommandLine;

/** {@code compare} and {@code accept}: exit codes, JSON document, workspace runs, the register. */
class CompareCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cmd = WorkbenchCommand.commandLine(workspace -> 0);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void missingFileExitsTwoNamingThePath() {
        Path missing = dir.resolve("old.json");
        assertThat(run("compare", missing.toString(), dir.resolve("new.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains(missing.toString());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badToleranceAndFormatExitTwo() throws Exception {
        Path a = Files.write(dir.resolve("a.bin"), new byte[] {0});
        assertThat(run("compare", a.toString(), a.toString(), "--tolerance", "lots")).isEqualTo(2);
        assertThat(err.toString()).contains("--tolerance 'lots'");
        assertThat(run("compare", a.toString(), a.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown format 'xml'");
    }

    @Test
    void identicalBinaryFilesExitZeroAndDifferentOnesOneWithTheContractFields() throws Exception {
        Path a = Files.write(dir.resolve("a.bin"), new byte[] {0, 1});
        Path b = Files.write(dir.resolve("b.bin"), new byte[] {0, 1});
        Path c = Files.write(dir.resolve("c.bin"), new byte[] {0, 2});
        assertThat(run("compare", a.toString(), b.toString(), "--json")).isZero();
        assertThat(json().get("identical").asBoolean()).isTrue();
        out.getBuffer().setLength(0);
        assertThat(run("compare", a.toString(), c.toString(), "--json")).isEqualTo(1);
        JsonNode doc = json();
        assertThat(doc.get("format").asText()).isEqualTo("binary");
        for (String field : new String[] {"added", "removed", "changed", "changedFields", "tolerated", "ignored"}) {
            assertThat(doc.get(field).isNumber()).as(field).isTrue();
        }
        assertThat(doc.get("samples").isArray()).isTrue();
        assertThat(doc.get("changed").asLong()).isEqualTo(1);
    }

    @Test
    void folderComparisonListsFilesAndWritesEveryDifferenceOnDemand() throws Exception {
        Files.createDirectories(dir.resolve("old"));
        Files.createDirectories(dir.resolve("new"));
        Files.write(dir.resolve("old/a.bin"), new byte[] {0, 1});
        Files.write(dir.resolve("new/a.bin"), new byte[] {0, 2});
        Files.write(dir.resolve("new/b.bin"), new byte[] {0, 2});
        Path all = dir.resolve("all.jsonl");
        assertThat(run("compare", dir.resolve("old").toString(), dir.resolve("new").toString(), "--out",
                all.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("added     b.bin", "changed   a.bin",
                "different: 2 differences: 1 added, 0 removed, 1 changed");
        assertThat(Files.readAllLines(all)).filteredOn(l -> !l.isBlank()).hasSize(2);
    }

    @Test
    void textOptionsAndNormalizersMakeNoisyLogsMatchAndPlainOutputIsAUnifiedDiff() throws Exception {
        Path a = Files.writeString(dir.resolve("old.log"), "2026-10-20T02:00:00Z start\nload took 412 ms\nEnd\n");
        Path b = Files.writeString(dir.resolve("new.log"), "2026-10-21T03:00:00Z start\nload took 380 ms\nend\n\n");
        assertThat(run("compare", a.toString(), b.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("@@ -1,3 +1,4 @@", "-2026-10-20T02:00:00Z start", "+2026-10-21T03:00:00Z start",
                "different: 7 lines differ: 4 added, 3 removed (3 changed)");
        out.getBuffer().setLength(0);
        assertThat(run("compare", a.toString(), b.toString(), "-i", "-B", "--normalize", "\\d{4}-[0-9-]+T[0-9:]+Z=><ts>",
                "--normalize", "\\d+ ms")).isZero();
        assertThat(out.toString()).contains("identical: 100% match", "normalizer");
        assertThat(run("compare", a.toString(), b.toString(), "--normalize", "(")).isEqualTo(2);
        assertThat(err.toString()).contains("--normalize '(': not a valid regular expression");
    }

    @Test
    void workspaceComparisonRunsIsStoredAndHonoursTheRegister() throws Exception {
        TestWorkspaces.write(dir.resolve("workbench.yaml"), """
                name: Compare
                target: .
                phases:
                  - {id: p1, title: One}
                comparisons:
                  - id: pics
                    old: outputs/old
                    new: outputs/new
                """);
        Files.createDirectories(dir.resolve("outputs/old"));
        Files.createDirectories(dir.resolve("outputs/new"));
        Files.write(dir.resolve("outputs/old/a.bin"), new byte[] {0, 1});
        Files.write(dir.resolve("outputs/new/a.bin"), new byte[] {0, 2});
        String ws = dir.toString();
        assertThat(run("compare", "--workspace", ws, "--id", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown comparison 'nope'");
        assertThat(run("compare", "--workspace", ws, "--id", "pics", "--key", "id")).isEqualTo(2);
        assertThat(run("compare", "--workspace", ws, "--id", "pics", "--json")).isEqualTo(1);
        out.getBuffer().setLength(0);
        assertThat(run("accept", "--workspace", ws, "--id", "pics", "--match", "^a\\.bin$", "--reason",
                "new encoder", "--owner", "Ana", "--until", "2099-01-01")).isZero();
        assertThat(out.toString()).contains("A1  match ^a\\.bin$  owner Ana until 2099-01-01: new encoder");
        out.getBuffer().setLength(0);
        assertThat(run("compare", "--workspace", ws, "--id", "pics", "--json")).isZero();
        assertThat(json().get("accepted").asLong()).isEqualTo(1);
        assertThat(run("accept", "--workspace", ws, "--id", "pics", "--revoke", "A1")).isZero();
        assertThat(run("compare", "--workspace", ws, "--id", "pics")).isEqualTo(1);
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 10, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void deviceOrFifoSideExitsTwoAtOnceNamingWhatItIsAlsoInADeclaredComparison() throws Exception {
        Path file = Files.write(dir.resolve("a.bin"), new byte[] {0, 1});
        if (Files.exists(Path.of("/dev/zero"))) {
            assertThat(run("compare", "/dev/zero", file.toString())).isEqualTo(2);
            assertThat(err.toString()).contains("/dev/zero is a character device");
        }
        TestWorkspaces.write(dir.resolve("workbench.yaml"), """
                name: Compare
                target: .
                phases:
                  - {id: p1, title: One}
                comparisons:
                  - id: piped
                    old: outputs/old.log
                    new: outputs/new.log
                """);
        TestWorkspaces.write(dir.resolve("outputs/new.log"), "a\n");
        Path pipe = Fifos.make(dir.resolve("outputs/old.log"));

        assertThat(run("compare", "--workspace", dir.toString(), "--id", "piped")).isEqualTo(2);
        assertThat(err.toString()).contains(pipe + " is a FIFO (named pipe)");
    }
}
