package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.testing.TestWorkspaces;
import picocli.CommandLine;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Optional<Path>> guiStarts = new ArrayList<>();

    private int run(String... args) {
        CommandLine cmd = WorkbenchCommand.commandLine(workspace -> {
            guiStarts.add(workspace);
            return 0;
        });
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void versionNamesTheProductAndExitsZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Migration Workbench ").doesNotContain("unknown");
        assertThat(guiStarts).isEmpty();
    }

    @Test
    void helpListsValidateAndExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate", "--workspace", "Exit codes: 0");
    }

    @Test
    void helpListsEveryCommandButACommandRunBuildsOnlyItsOwn() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("import-guide", "checklist", "analyze", "waive", "validate", "compare",
                "accept", "signoff", "verify", "backup", "restore");
        CommandLine only = WorkbenchCommand.commandLine(w -> 0, "validate", "--workspace", "x");
        assertThat(only.getSubcommands()).containsOnlyKeys("validate");
        assertThat(WorkbenchCommand.commandLine(w -> 0, "--workspace", "x").getSubcommands()).hasSize(13);
    }

    @Test
    void noCommandOpensTheGuiWithTheGivenWorkspace(@TempDir Path dir) {
        assertThat(run("--workspace", dir.toString())).isZero();
        assertThat(guiStarts).containsExactly(Optional.of(dir));
    }

    @Test
    void validateAcceptsAValidWorkspace(@TempDir Path dir) {
        TestWorkspaces.valid(dir, "Valid one");
        assertThat(run("validate", "--workspace", dir.toString())).isZero();
        assertThat(out.toString()).contains("valid: Valid one", "2 phases", "1 checklists", "1 rules");
        // the target '.' is not a git repository: a warning on stderr, not a failure
        assertThat(err.toString()).contains("warning:", "not a git repository");
    }

    @Test
    void validateListsEveryProblemWithFileLineAndColumnAndExitsTwo(@TempDir Path dir) {
        TestWorkspaces.invalid(dir);
        assertThat(run("validate", "--workspace", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(dir.resolve("workbench.yaml") + ":8:18: phases[0].depends_on[0]: "
                + "unknown phase 'p9'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void validateJsonPrintsOneDocumentOnStdoutOnly(@TempDir Path dir) throws Exception {
        TestWorkspaces.invalid(dir);
        assertThat(run("validate", "--workspace", dir.toString(), "--json")).isEqualTo(2);
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("valid").asBoolean()).isFalse();
        JsonNode problem = doc.get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(8);
        assertThat(problem.get("column").asInt()).isEqualTo(18);
        assertThat(problem.get("path").asText()).isEqualTo("phases[0].depends_on[0]");
        assertThat(problem.get("level").asText()).isEqualTo("error");
    }

    @Test
    void validateJsonOfAValidWorkspaceHasCounts(@TempDir Path dir) throws Exception {
        TestWorkspaces.valid(dir, "Counted");
        assertThat(run("validate", "--workspace", dir.toString(), "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("valid").asBoolean()).isTrue();
        assertThat(doc.get("workspace").get("phases").asInt()).isEqualTo(2);
        assertThat(doc.get("workspace").get("roles").asInt()).isEqualTo(2);
        assertThat(doc.get("problems").get(0).get("level").asText()).isEqualTo("warning");
    }

    @Test
    void missingFolderIsBadInputWithAMessage(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        assertThat(run("validate", "--workspace", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("workbench: Cannot open workspace " + missing, "not a folder")
                .doesNotContain("Exception");
    }

    @Test
    void unknownOptionIsBadUsage() {
        assertThat(run("validate", "--workspace", ".", "--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option");
    }
}
