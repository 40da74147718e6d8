package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.testing.CliRun;

/** analyze and waive through the command line, on a real git repository. */
class AnalyzeCommandTest {
    @TempDir
    Path temp;
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path workspace(boolean legacyLeft) throws Exception {
        Path repo = temp.resolve("repo");
        TestWorkspaces.write(repo.resolve("pipeline/run.py"), "import os\n\ndef main():\n    return 0  # TODO tidy\n");
        if (legacyLeft) {
            TestWorkspaces.write(repo.resolve("legacy/batch.py"), "import app.sandbox\n");
        }
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("state").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
        }
        Path ws = temp.resolve("ws");
        TestWorkspaces.write(ws.resolve("workbench.yaml"), """
                name: Analyze
                target: ../repo
                phases:
                  - {id: p1, title: Cleanup, gates: {rules: [legacy-gone, no-sandbox]}}
                rules:
                  - {id: legacy-gone, kind: path-absent, paths: [legacy/**], severity: blocker, phase: p1}
                  - {id: no-sandbox, kind: pattern-absent, pattern: 'import app\\.sandbox', files: ['**/*.py'],
                     severity: major, phase: p1}
                  - {id: todos, kind: pattern-absent, pattern: TODO, files: ['**/*.py'], max: 5, severity: minor}
                  - {id: tests-pass, kind: command, run: 'true', timeout: 30, severity: minor}
                """);
        return ws;
    }

    @Test
    void aFailingBlockerIsNotReadyWithEvidenceAndExitOne() throws Exception {
        Path ws = workspace(true);
        assertThat(run("analyze", "--workspace", ws.toString(), "--json")).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(cli.out());
        assertThat(doc.get("ready").asBoolean()).isFalse();
        JsonNode sandbox = rule(doc, "no-sandbox");
        assertThat(sandbox.get("status").asText()).isEqualTo("fail");
        assertThat(sandbox.get("severity").asText()).isEqualTo("major");
        assertThat(sandbox.get("evidence").get(0).get("file").asText()).isEqualTo("legacy/batch.py");
        assertThat(sandbox.get("evidence").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(sandbox.get("evidence").get(0).get("text").asText()).isEqualTo("import app.sandbox");
        assertThat(sandbox.get("durationMs").isNumber()).isTrue();
        assertThat(rule(doc, "todos").get("status").asText()).isEqualTo("pass");
        JsonNode command = rule(doc, "tests-pass");
        assertThat(command.get("status").asText()).isEqualTo("skipped");
        assertThat(command.get("summary").asText()).contains("not trusted");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aCleanRepositoryIsReadyAndTrustLetsCommandsRun() throws Exception {
        Path ws = workspace(false);
        assertThat(run("analyze", "--workspace", ws.toString(), "--trust", "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(cli.out());
        assertThat(doc.get("ready").asBoolean()).isTrue();
        assertThat(doc.get("level").asText()).isEqualTo("ready");
        assertThat(rule(doc, "tests-pass").get("status").asText()).isEqualTo("pass");
        assertThat(run("analyze", "--workspace", ws.toString(), "--phase", "p1")).isZero();
        assertThat(cli.out()).contains("READY", "legacy-gone", "no-sandbox").doesNotContain("tests-pass");
    }

    @Test
    void aWaiverAcceptsAFailingBlockerUntilItExpires() throws Exception {
        Path ws = workspace(true);
        assertThat(run("waive", "--workspace", ws.toString(), "--rule", "legacy-gone", "--reason", "archived in Q1",
                "--owner", "Mei", "--until", "2999-12-31")).isZero();
        assertThat(run("waive", "--workspace", ws.toString(), "--rule", "no-sandbox", "--reason", "was fine",
                "--owner", "Mei", "--until", "2000-01-01")).isZero();
        assertThat(run("analyze", "--workspace", ws.toString(), "--json")).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(cli.out());
        assertThat(rule(doc, "legacy-gone").get("waiver").get("owner").asText()).isEqualTo("Mei");
        assertThat(rule(doc, "no-sandbox").get("waiver").isNull()).as("expired waivers fail again").isTrue();
        assertThat(run("waive", "--workspace", ws.toString(), "--rule", "nope", "--reason", "x", "--owner", "y",
                "--until", "2999-01-01")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown rule 'nope'");
    }

    @Test
    void evidenceFromADotenvFileShowsTheVariableNameAndNeverItsValue() throws Exception {
        TestWorkspaces.write(temp.resolve("repo/deploy/prod.env"), "API_KEY=sk-live-123\nDEBUG=false\n");
        Path ws = temp.resolve("ws");
        TestWorkspaces.write(ws.resolve("workbench.yaml"), """
                name: Secrets
                target: ../repo
                phases:
                  - {id: p1, title: Deploy}
                rules:
                  - {id: no-live-keys, kind: pattern-absent, pattern: 'sk-live-', files: ['deploy/*.env']}
                """);

        assertThat(run("analyze", "--workspace", ws.toString())).isEqualTo(1);
        assertThat(cli.out()).contains("deploy/prod.env:1  API_KEY=<redacted>").doesNotContain("sk-live-123");
        assertThat(run("analyze", "--workspace", ws.toString(), "--json")).isEqualTo(1);
        JsonNode evidence = rule(new ObjectMapper().readTree(cli.out()), "no-live-keys").get("evidence").get(0);
        assertThat(evidence.get("file").asText()).isEqualTo("deploy/prod.env");
        assertThat(evidence.get("line").asInt()).isEqualTo(1);
        assertThat(evidence.get("text").asText()).isEqualTo("API_KEY=<redacted>");
        assertThat(cli.out()).doesNotContain("sk-live-123");
    }

    @Test
    void anUnknownPhaseIsBadInput() throws Exception {
        Path ws = workspace(false);
        assertThat(run("analyze", "--workspace", ws.toString(), "--phase", "p9")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown phase 'p9'");
    }

    private static JsonNode rule(JsonNode doc, String id) {
        for (JsonNode rule : doc.get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }
}
