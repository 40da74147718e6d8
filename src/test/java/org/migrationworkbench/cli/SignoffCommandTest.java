package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.testing.CliRun;

/** signoff and verify through the command line. */
class SignoffCommandTest {
    @TempDir
    Path temp;
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void anApprovalIsRecordedAndVerifiesUntilItsChecklistChanges() throws Exception {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Signoffs");

        assertThat(run("signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role", "Technical Lead",
                "--approve", "--as", "Ada <ada@example.org>")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Recorded approve of gate p2-cutover as Technical Lead by Ada");
        assertThat(ws.resolve(".workbench/signoffs.head")).exists();
        assertThat(run("verify", "--workspace", ws.toString())).as(cli.out()).isZero();

        Path checklist = ws.resolve("checklists/go-live.md");
        Files.writeString(checklist, Files.readString(checklist).replace("- [ ] Freeze", "- [x] Freeze"));

        assertThat(run("verify", "--workspace", ws.toString(), "--json")).isEqualTo(1);
        assertThat(cli.out()).contains("\"intact\" : true").contains("\"gate\" : \"p2-cutover\"")
                .contains("\"kind\" : \"item\"").contains("\"before\" : \"\\\"open\\\"\"");
    }

    @Test
    void aRoleTheGateDoesNotRequireIsRefusedWithExitTwo() {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Signoffs");

        assertThat(run("signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role", "Product Owner",
                "--approve", "--as", "Ada")).isEqualTo(2);
        assertThat(cli.err()).contains("'Product Owner' is not required at gate p2-cutover");
    }

    @Test
    void aRejectWithoutCommentIsRefusedAndOneWithACommentIsRecorded() {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Signoffs");
        String[] reject = {"signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role",
                "Technical Lead", "--reject", "--as", "Ada"};

        assertThat(run(reject)).isEqualTo(2);
        assertThat(cli.err()).contains("needs a comment");
        String[] withComment = java.util.Arrays.copyOf(reject, reject.length + 2);
        withComment[reject.length] = "--comment";
        withComment[reject.length + 1] = "rollback untested";
        assertThat(run(withComment)).isZero();
    }

    @Test
    void verifyFailsWhenTheNewestSignoffWasDeleted() throws Exception {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Signoffs");
        run("signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role", "Technical Lead", "--approve",
                "--as", "Ada");
        Files.writeString(ws.resolve(".workbench/signoffs.head"),
                "7 " + "0".repeat(64) + "\n");

        assertThat(run("verify", "--workspace", ws.toString())).isEqualTo(1);
        assertThat(cli.out()).contains("BROKEN").contains("TRUNCATED");
    }
}
