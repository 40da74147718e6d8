package org.migrationworkbench.ui.compare;

import org.migrationworkbench.core.compare.Summary;

import java.util.Locale;
import java.util.Optional;
import org.migrationworkbench.core.compare.FileComparison;

/** A row of the folder tree: a file with its comparison, or a folder summing the files below it. */
record FolderEntry(String name, Optional<FileComparison> file, int added, int removed, int changed, int identical,
                   int errors) {
    static FolderEntry folder(String name) {
        return new FolderEntry(name, Optional.empty(), 0, 0, 0, 0, 0);
    }

    static FolderEntry file(String name, FileComparison f) {
        FileComparison.Status s = f.status();
        return new FolderEntry(name, Optional.of(f), is(s, FileComparison.Status.ADDED),
                is(s, FileComparison.Status.REMOVED), is(s, FileComparison.Status.CHANGED),
                is(s, FileComparison.Status.IDENTICAL), is(s, FileComparison.Status.ERROR));
    }

    private static int is(FileComparison.Status s, FileComparison.Status wanted) {
        return s == wanted ? 1 : 0;
    }

    FolderEntry plus(FolderEntry child) {
        return new FolderEntry(name, file, added + child.added, removed + child.removed, changed + child.changed,
                identical + child.identical, errors + child.errors);
    }

    /** The status word: the file's, or for a folder "changed" when anything below differs. */
    String status() {
        if (file.isPresent()) {
            return file.get().status().name().toLowerCase(Locale.ROOT);
        }
        return errors > 0 ? "error" : added + removed + changed > 0 ? "changed" : "identical";
    }

    /** "12 differences (json)" for a file; "2 changed, 1 added of 14 files" for a folder. */
    String detail() {
        if (file.isPresent()) {
            FileComparison f = file.get();
            if (f.status() == FileComparison.Status.ADDED || f.status() == FileComparison.Status.REMOVED) {
                return "only in the " + (f.status() == FileComparison.Status.ADDED ? "new" : "old") + " folder";
            }
            return f.error().orElseGet(() -> f.result().map(r -> r.identical() ? "identical (" + r.comparedAs().id()
                    + ")" : Summary.brief(r) + " (" + r.comparedAs().id() + ")")
                    .orElse(""));
        }
        StringBuilder out = new StringBuilder();
        append(out, changed, "changed");
        append(out, added, "added");
        append(out, removed, "removed");
        append(out, errors, "failed");
        int all = added + removed + changed + identical + errors;
        return (out.length() == 0 ? "all identical" : out) + " of " + Summary.count(all, "file");
    }

    private static void append(StringBuilder out, int n, String word) {
        if (n > 0) {
            out.append(out.length() == 0 ? "" : ", ").append(n).append(' ').append(word);
        }
    }

    boolean opens() {
        return file.map(f -> f.status() == FileComparison.Status.CHANGED
                || f.status() == FileComparison.Status.IDENTICAL).orElse(false);
    }
}
