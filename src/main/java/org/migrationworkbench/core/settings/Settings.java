package org.migrationworkbench.core.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The user's preferences: theme and recently opened workspaces (newest first, at most {@link #MAX_RECENT}). */
public record Settings(boolean darkTheme, List<Path> recentWorkspaces) {
    public static final int MAX_RECENT = 10;
    public static final Settings DEFAULTS = new Settings(false, List.of());

    public Settings {
        recentWorkspaces = List.copyOf(recentWorkspaces);
    }

    public Settings withDarkTheme(boolean dark) {
        return new Settings(dark, recentWorkspaces);
    }

    /** Puts {@code workspace} first, dropping an older entry for it and the oldest beyond the limit. */
    public Settings withRecent(Path workspace) {
        Path normalized = workspace.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>();
        recent.add(normalized);
        recentWorkspaces.stream().filter(p -> !p.equals(normalized)).limit(MAX_RECENT - 1L).forEach(recent::add);
        return new Settings(darkTheme, recent);
    }
}
