package org.migrationworkbench.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTrustTest {
    @TempDir
    Path temp;

    @Test
    void answersAreRememberedPerWorkspaceByRealPath() throws Exception {
        Path a = Files.createDirectories(temp.resolve("a"));
        Path b = Files.createDirectories(temp.resolve("b"));
        WorkspaceTrust trust = new WorkspaceTrust(temp.resolve("config"));
        assertThat(trust.decision(a)).isEmpty();

        trust.remember(a, true);
        trust.remember(b, false);

        WorkspaceTrust again = new WorkspaceTrust(temp.resolve("config"));
        assertThat(again.decision(temp.resolve("b/../a"))).contains(true);
        assertThat(again.decision(b)).contains(false);
        assertThat(again.file()).exists();
    }

    @Test
    void anUnreadableFileTrustsNothing() throws Exception {
        Path a = Files.createDirectories(temp.resolve("a"));
        WorkspaceTrust trust = new WorkspaceTrust(temp);
        Files.writeString(trust.file(), "{not json");
        assertThat(trust.decision(a)).isEmpty();
        trust.remember(a, true);
        assertThat(trust.decision(a)).contains(true);
    }
}
