package org.migrationworkbench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.faults.CliChild.Result;

/** Sign-offs through the real command line into a workspace whose {@code .workbench} folder cannot be written. */
@EnabledOnOs(OS.LINUX)
class ReadOnlyWorkbenchTest {
    @TempDir
    Path temp;
    private ReadOnlyFolder readOnly;

    @AfterEach
    void makeWritable() {
        if (readOnly != null) {
            readOnly.close();
        }
    }

    @ParameterizedTest
    @EnumSource(ReadOnlyFolder.Kind.class)
    @Timeout(300)
    void aSignoffIntoAReadOnlyWorkbenchFolderFailsAndLeavesTheChainIntact(ReadOnlyFolder.Kind kind) throws Exception {
        Path ws = FaultWorkspaces.minimal(temp.resolve("ws"));
        CliChild cli = CliChild.create("read-only", temp.resolve("output"));
        Result first = cli.run(FaultWorkspaces.approval(ws));
        assertThat(first.exit()).as(first.toString()).isZero();
        String head = Files.readString(ChainHead.file(ws));

        readOnly = ReadOnlyFolder.of(kind, ws.resolve(".workbench"));
        Result refused = cli.run(FaultWorkspaces.approval(ws));
        Result verifyWhileReadOnly = cli.run("verify", "--workspace", ws.toString());
        readOnly.close();
        readOnly = null;

        assertThat(refused.exit()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.out()).as(refused.toString()).doesNotContain("Recorded");
        assertThat(refused.err()).as(refused.toString()).containsPattern("(?i)writable|read-only");
        assertThat(verifyWhileReadOnly.out() + verifyWhileReadOnly.err()).as(verifyWhileReadOnly.toString())
                .doesNotContain("INSERTED", "TRUNCATED", "BROKEN");
        // reading needs no write access: a read-only folder is read through a snapshot
        assertThat(verifyWhileReadOnly.exit()).as(verifyWhileReadOnly.toString()).isZero();
        assertThat(Files.readString(ChainHead.file(ws))).isEqualTo(head);
        Result verify = cli.run("verify", "--workspace", ws.toString());
        assertThat(verify.exit()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("Sign-off chain: intact (1 record,");
    }
}
