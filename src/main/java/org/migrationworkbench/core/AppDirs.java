package org.migrationworkbench.core;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app keeps its own files, following the XDG base directory specification: settings and the
 * recent-workspaces list under {@code $XDG_CONFIG_HOME}, the sample workspace copy under
 * {@code $XDG_DATA_HOME}, logs under {@code $XDG_STATE_HOME}. Each falls back to its XDG default below
 * the home directory; tests point the variables into {@code target/}.
 */
public record AppDirs(Path config, Path data, Path state) {
    private static final String APP = "migration-workbench";

    public static AppDirs fromEnvironment() {
        return from(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static AppDirs from(Map<String, String> env, Path home) {
        return new AppDirs(
                base(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP),
                base(env, "XDG_DATA_HOME", home.resolve(".local/share")).resolve(APP),
                base(env, "XDG_STATE_HOME", home.resolve(".local/state")).resolve(APP));
    }

    private static Path base(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // the spec says relative values are invalid and must be ignored
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }

    /** Where caches go ({@code $XDG_CACHE_HOME/migration-workbench}): safe to delete at any time. */
    public static Path cacheDirectory() {
        return base(System.getenv(), "XDG_CACHE_HOME", Path.of(System.getProperty("user.home")).resolve(".cache"))
                .resolve(APP);
    }

    public Path logDirectory() {
        return state.resolve("logs");
    }

    public Path logFile() {
        return logDirectory().resolve("workbench.log");
    }
}
