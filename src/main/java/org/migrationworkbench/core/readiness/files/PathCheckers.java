package org.migrationworkbench.core.readiness.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.FileTree;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleChecker;
import org.migrationworkbench.core.readiness.RuleContext;

/**
 * {@code path-exists} and {@code path-absent}: each entry of {@code paths} is a glob or a plain path. A glob
 * matches files of the tree (ignored files do not count) and the folders holding them; a plain path counts when
 * it exists on disk as a file or folder.
 */
final class PathCheckers {
    private PathCheckers() {
    }

    /** Passes when every entry finds at least one file or folder; evidence lists what was found and what is missing. */
    static final class Exists implements RuleChecker {
        @Override
        public Outcome check(Rule rule, RuleContext context) {
            List<String> entries = Params.strings(rule, "paths");
            List<Evidence> evidence = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String entry : entries) {
                List<String> found = find(entry, context);
                if (found.isEmpty()) {
                    missing.add(entry);
                    evidence.add(Evidence.note("missing: " + entry));
                } else {
                    found.forEach(path -> evidence.add(Evidence.at(path, 0, "found for " + entry)));
                }
            }
            if (missing.isEmpty()) {
                return Outcome.pass("All " + Params.plural(entries.size(), "path exists", "paths exist"), evidence);
            }
            return Outcome.fail(Params.plural(missing.size(), "path is", "paths are") + " missing: "
                    + String.join(", ", missing), evidence);
        }
    }

    /** Passes when no entry finds anything; evidence lists every offending path. */
    static final class Absent implements RuleChecker {
        @Override
        public Outcome check(Rule rule, RuleContext context) {
            TreeSet<String> offending = new TreeSet<>();
            for (String entry : Params.strings(rule, "paths")) {
                context.progress().checkCancelled();
                offending.addAll(find(entry, context));
            }
            List<Evidence> evidence = offending.stream().map(path -> Evidence.at(path, 0, "still present")).toList();
            if (offending.isEmpty()) {
                return Outcome.pass("None of the paths exist", evidence);
            }
            return Outcome.fail(Params.plural(offending.size(), "path still exists", "paths still exist")
                    + ", first " + offending.first(), evidence);
        }
    }

    /** The files (or, when no file matches, the folders) an entry finds, in tree order. */
    static List<String> find(String entry, RuleContext context) {
        String trimmed = entry.endsWith("/") && entry.length() > 1 ? entry.substring(0, entry.length() - 1) : entry;
        if (!Globs.isGlob(trimmed)) {
            return existsInside(trimmed, context) ? List.of(trimmed) : List.of();
        }
        FileTree tree = context.files();
        List<String> files = tree.matching(trimmed);
        if (!files.isEmpty()) {
            return files;
        }
        return folders(tree.files(), Globs.matcher(trimmed));
    }

    private static boolean existsInside(String relative, RuleContext context) {
        return context.inside(relative).filter(Files::exists).isPresent();
    }

    private static List<String> folders(List<String> files, Predicate<String> matcher) {
        TreeSet<String> folders = new TreeSet<>();
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                String folder = file.substring(0, slash);
                if (matcher.test(folder)) {
                    folders.add(folder);
                }
            }
        }
        return List.copyOf(folders);
    }
}
