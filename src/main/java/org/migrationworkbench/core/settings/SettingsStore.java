package org.migrationworkbench.core.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.migrationworkbench.core.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link Settings} in {@code settings.json} under the XDG config directory. Writes go to a temp file
 * moved into place, so a crash never leaves half a file. An unreadable file is kept aside, not overwritten
 * silently, and defaults are used.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path configDirectory) {
        this.file = configDirectory.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /** Blocking file read. */
    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.DEFAULTS;
        }
        try {
            Data data = mapper.readValue(file.toFile(), Data.class);
            List<Path> recent = new ArrayList<>();
            if (data.recentWorkspaces != null) {
                data.recentWorkspaces.forEach(p -> recent.add(Path.of(p)));
            }
            return new Settings(data.darkTheme, recent);
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling("settings.json.unreadable");
            LOG.warn("Settings file {} is unreadable; moved to {} and using defaults", file, aside, e);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Cannot move {} aside", file, moveFailed);
            }
            return Settings.DEFAULTS;
        }
    }

    /** Blocking atomic write. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Data data = new Data();
        data.darkTheme = settings.darkTheme();
        data.recentWorkspaces = settings.recentWorkspaces().stream().map(Path::toString).toList();
        AtomicFiles.write(file, mapper.writeValueAsBytes(data));
    }

    /** The JSON form, kept apart from the domain record. */
    static final class Data {
        public boolean darkTheme;
        public List<String> recentWorkspaces;
    }
}
