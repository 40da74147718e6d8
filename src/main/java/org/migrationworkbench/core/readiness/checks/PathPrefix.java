package org.migrationworkbench.core.readiness.checks;

import java.util.Locale;
import java.util.Optional;

/**
 * The optional {@code path} of a coverage rule: a package or path prefix, matched segment by segment. It
 * matches a report entry whose path equals it, starts with it, or contains it after some root (so
 * {@code org/acme} matches {@code src/main/java/org/acme/A.java}); dots in a package name such as
 * {@code org.acme} are read as {@code /}. No prefix matches everything.
 */
final class PathPrefix {
    private final Optional<String> prefix;
    private final Optional<String> packageForm;

    PathPrefix(Optional<String> raw) {
        this.prefix = raw.map(PathPrefix::normalize).filter(p -> !p.isEmpty());
        this.packageForm = prefix.filter(p -> !p.contains("/") && !looksLikeFile(p)).map(p -> p.replace('.', '/'));
    }

    boolean isWholeReport() {
        return prefix.isEmpty();
    }

    String describe() {
        return prefix.orElse("the whole report");
    }

    boolean matches(String candidate) {
        if (prefix.isEmpty()) {
            return true;
        }
        String path = normalize(candidate);
        return matches(path, prefix.get()) || packageForm.map(p -> matches(path, p)).orElse(false);
    }

    private static boolean matches(String path, String prefix) {
        String wrapped = "/" + path + "/";
        return wrapped.startsWith("/" + prefix + "/") || wrapped.contains("/" + prefix + "/");
    }

    private static boolean looksLikeFile(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot > 0 && lower.substring(dot + 1).matches("java|kt|py|js|ts|go|rb|cs|scala|groovy|c|cpp|h");
    }

    private static String normalize(String path) {
        String p = path.replace('\\', '/').trim();
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p.substring(1) : p;
    }
}
