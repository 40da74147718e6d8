package org.migrationworkbench.core.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SignoffDurabilityTest {
    @TempDir
    Path workspace;

    @Test
    @Timeout(120)
    void aSignoffSurvivesKillMinusNineRightAfterItWasRecorded() throws Exception {
        Path errors = workspace.resolve("child.err");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SignoffChildMain.class.getName(),
                workspace.toString())
                .redirectError(errors.toFile())
                .start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            line = out.readLine();
            child.destroyForcibly();
        }
        child.waitFor(20, TimeUnit.SECONDS);
        assertThat(line).as("child output; stderr: %s", Files.readString(errors)).isEqualTo("recorded");

        try (LedgerFixture reopened = new LedgerFixture(workspace)) {
            assertThat(reopened.ledger.records()).extracting(SignoffRecord::person).containsExactly("Child");
            assertThat(reopened.verify().intact()).isTrue();
        }
    }
}
