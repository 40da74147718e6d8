package org.migrationworkbench.core.readiness.files;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.function.Predicate;

/**
 * Glob matching of relative paths with java.nio glob syntax. A glob starting with {@code **}{@code /} also
 * matches at the top of the repository ({@code **}{@code /x.py} matches {@code x.py}), as users expect.
 */
public final class Globs {
    private Globs() {
    }

    /** A test for relative {@code /}-separated paths matching {@code glob}. */
    public static Predicate<String> matcher(String glob) {
        PathMatcher full = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        PathMatcher top = glob.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)) : null;
        return relative -> {
            Path path = Path.of(relative);
            return full.matches(path) || top != null && top.matches(path);
        };
    }

    /** A test for relative paths matching any of {@code globs} (none matches nothing). */
    public static Predicate<String> anyOf(List<String> globs) {
        List<Predicate<String>> matchers = globs.stream().map(Globs::matcher).toList();
        return relative -> {
            for (Predicate<String> m : matchers) {
                if (m.test(relative)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** True when {@code text} holds glob syntax; else it names one path. */
    public static boolean isGlob(String text) {
        return text.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
    }
}
