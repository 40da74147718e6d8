package org.migrationworkbench.core.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file, locating each by the JSON pointer of its node. */
final class Problems {
    private final String file;
    private final SourceMap sources;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file, SourceMap sources) {
        this.file = file;
        this.sources = sources;
    }

    void error(String pointer, String message) {
        add(Problem.Level.ERROR, pointer, sources.value(pointer), message);
    }

    /** An error located at the key of a field rather than its value (unknown or misplaced fields). */
    void errorAtKey(String pointer, String message) {
        add(Problem.Level.ERROR, pointer, sources.key(pointer), message);
    }

    void warning(String pointer, String message) {
        add(Problem.Level.WARNING, pointer, sources.value(pointer), message);
    }

    void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    private void add(Problem.Level level, String pointer, SourceMap.Position at, String message) {
        list.add(new Problem(level, file, at.line(), at.column(), SourceMap.display(pointer), message));
    }

    boolean hasErrors() {
        return list.stream().anyMatch(p -> p.level() == Problem.Level.ERROR);
    }

    /** Errors first, each group in document order. */
    List<Problem> sorted() {
        return list.stream()
                .sorted(Comparator.comparing(Problem::level)
                        .thenComparingInt(Problem::line)
                        .thenComparingInt(Problem::column))
                .toList();
    }
}
