package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.testing.CliRun;

/** gate through the command line: stored checklist, rule and sign-off state of a phase gate. */
class GateCommandTest {
    @TempDir
    Path temp;
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    /** The test workspace, its own folder a git repository so that its rule can run. */
    private Path workspace() throws Exception {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Gates");
        try (Git git = Git.init().setDirectory(ws.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("workbench.yaml").call();
            git.commit().setMessage("ws").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
        }
        return ws;
    }

    private static void tick(Path ws, String from, String to) throws Exception {
        Path checklist = ws.resolve("checklists/go-live.md");
        Files.writeString(checklist, Files.readString(checklist).replace(from, to));
    }

    @Test
    void aNewGateIsClosedAndSaysWhatIsMissing() throws Exception {
        Path ws = workspace();

        assertThat(run("gate", "--workspace", ws.toString(), "--phase", "p2-cutover")).as(cli.err())
                .isEqualTo(1);

        assertThat(cli.out()).contains("Gate p2-cutover: closed")
                .contains("✗ checklist go-live: 1 item open")
                .contains("✗ rule old-code-gone: not run")
                .contains("✗ role Technical Lead: no approval");
    }

    @Test
    void theGateOpensWhenEverythingPassesAndClosesWhenTheApprovalGoesStale() throws Exception {
        Path ws = workspace();
        tick(ws, "- [ ] Freeze", "- [x] Freeze");
        assertThat(run("analyze", "--workspace", ws.toString())).as(cli.out()).isZero();
        assertThat(run("signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role", "Technical Lead",
                "--approve", "--as", "Ada <ada@example.org>")).as(cli.err()).isZero();

        assertThat(run("gate", "--workspace", ws.toString(), "--phase", "p2-cutover")).as(cli.out()).isZero();
        assertThat(cli.out()).contains("Gate p2-cutover: open").contains("✓ rule old-code-gone: pass")
                .contains("✓ checklist go-live: all 2 items done or n/a")
                .contains("✓ role Technical Lead: 1 of 1 approval (Ada)");

        tick(ws, "- [x] Announce", "- [ ] Announce");
        assertThat(run("gate", "--workspace", ws.toString(), "--phase", "p2-cutover", "--json")).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(cli.out());
        assertThat(doc.get("phase").asText()).isEqualTo("p2-cutover");
        assertThat(doc.get("open").asBoolean()).isFalse();
        assertThat(doc.get("rules").get(0).get("status").asText()).isEqualTo("pass");
        assertThat(doc.get("checklists").get(0).get("openItems")).hasSize(1);
        JsonNode lead = doc.get("signoffs").get(0);
        assertThat(lead.get("met").asBoolean()).isFalse();
        assertThat(lead.get("stale").get(0).get("person").asText()).isEqualTo("Ada");
        assertThat(lead.get("stale").get(0).get("changes").get(0).get("kind").asText()).isEqualTo("item");
        assertThat(doc.get("missing")).extracting(JsonNode::asText).containsExactly(
                "checklist go-live: 1 item open", "role Technical Lead: approval by Ada stale (changed since approval: "
                        + "item " + lead.get("stale").get(0).get("changes").get(0).get("id").asText() + ")");
    }

    @Test
    void aPhaseWithNoGateRequirementsIsOpen() throws Exception {
        Path ws = workspace();

        assertThat(run("gate", "--workspace", ws.toString(), "--phase", "p1-build", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(cli.out()).get("missing")).isEmpty();
    }

    @Test
    void anUnknownPhaseIsBadInputWithExitTwo() throws Exception {
        Path ws = workspace();

        assertThat(run("gate", "--workspace", ws.toString(), "--phase", "p9")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown phase 'p9'").contains("p1-build, p2-cutover");
    }
}
