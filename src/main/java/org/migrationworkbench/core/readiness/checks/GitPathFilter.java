package org.migrationworkbench.core.readiness.checks;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Limits a history walk to files matching a rule's {@code path}: each entry is a glob (java.nio syntax, when
 * it has {@code * ? [ {}) or a path prefix (the file itself or anything below the folder). Unlike JGit's
 * {@code PathFilterGroup} this understands globs; folders are always entered so globs can match below.
 */
final class GitPathFilter extends TreeFilter {
    private final List<String> prefixes;
    private final List<PathMatcher> globs;
    private final List<String> raw;

    GitPathFilter(List<String> paths) {
        this.raw = List.copyOf(paths);
        this.prefixes = paths.stream().filter(p -> !isGlob(p)).map(GitPathFilter::trim).toList();
        this.globs = paths.stream().filter(GitPathFilter::isGlob)
                .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + trim(p))).toList();
    }

    static boolean isGlob(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    @Override
    public boolean include(TreeWalk walk) {
        String path = walk.getPathString();
        if (walk.isSubtree()) {
            return !globs.isEmpty() || prefixes.stream().anyMatch(p -> p.startsWith(path + "/") || under(path, p));
        }
        return prefixes.stream().anyMatch(p -> under(path, p)) || globs.stream().anyMatch(g -> g.matches(Path.of(path)));
    }

    private static boolean under(String path, String prefix) {
        return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static String trim(String path) {
        String p = path.replace('\\', '/').strip();
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    @Override
    public boolean shouldBeRecursive() {
        return true;
    }

    @Override
    public TreeFilter clone() {
        return this;
    }

    @Override
    public String toString() {
        return String.join(", ", raw);
    }
}
