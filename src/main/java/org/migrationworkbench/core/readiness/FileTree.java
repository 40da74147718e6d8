package org.migrationworkbench.core.readiness;

import java.util.List;
import java.util.function.Predicate;

/**
 * The files of the target repository, walked once per run and shared by every rule: paths relative to the
 * repository with {@code /} separators, {@code .git} and what {@code .gitignore} files exclude left out.
 * Thread-safe; the walk happens on first use.
 */
public interface FileTree {
    /** Every file of the tree (not folders), in a stable order. */
    List<String> files();

    /** The files matching a glob such as {@code src/**}{@code /*.py} (java.nio glob syntax, relative paths). */
    List<String> matching(String glob);

    /** The files any of {@code globs} match, each once, in tree order. */
    default List<String> matching(List<String> globs) {
        return files().stream().filter(anyOf(globs)).toList();
    }

    /** A test for relative paths matching any of the globs. */
    Predicate<String> anyOf(List<String> globs);
}
