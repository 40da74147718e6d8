package org.migrationworkbench.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @Test
    void settingsSurviveASaveAndLoad(@TempDir Path config) throws Exception {
        SettingsStore store = new SettingsStore(config);
        Settings saved = Settings.DEFAULTS.withDarkTheme(true).withRecent(Path.of("/w/one")).withRecent(Path.of("/w/two"));
        store.save(saved);
        Settings loaded = new SettingsStore(config).load();
        assertThat(loaded.darkTheme()).isTrue();
        assertThat(loaded.recentWorkspaces()).containsExactly(Path.of("/w/two"), Path.of("/w/one"));
        try (var files = Files.list(config)) {
            assertThat(files).containsExactly(config.resolve("settings.json"));
        }
    }

    @Test
    void missingFileMeansDefaults(@TempDir Path config) {
        assertThat(new SettingsStore(config.resolve("absent")).load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void anUnreadableFileIsKeptAsideNotLost(@TempDir Path config) throws Exception {
        Files.writeString(config.resolve("settings.json"), "{ not json");
        assertThat(new SettingsStore(config).load()).isEqualTo(Settings.DEFAULTS);
        assertThat(config.resolve("settings.json.unreadable")).hasContent("{ not json");
    }

    @Test
    void reopeningMovesAWorkspaceToTheTopAndTheListIsBounded() {
        Settings settings = Settings.DEFAULTS;
        for (int i : IntStream.range(0, 15).toArray()) {
            settings = settings.withRecent(Path.of("/w/" + i));
        }
        settings = settings.withRecent(Path.of("/w/10"));
        assertThat(settings.recentWorkspaces()).hasSize(Settings.MAX_RECENT)
                .startsWith(Path.of("/w/10"), Path.of("/w/14"))
                .doesNotHaveDuplicates();
    }
}
