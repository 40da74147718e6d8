package org.migrationworkbench.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.compare.FieldStats;
import org.migrationworkbench.core.compare.PairComparator;
import org.migrationworkbench.core.compare.TextOptions;
import org.migrationworkbench.core.compare.text.Edit;
import org.migrationworkbench.core.compare.text.TextDiff;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;
import org.migrationworkbench.ui.task.TaskRunner;

/** Fakes for the compare views: text diffs given by their lines and edits, a recording differ, results. */
final class CompareFixtures {
    final List<TextOptions> asked = new ArrayList<>();
    final List<Throwable> errors = new ArrayList<>();

    /** A diff whose lines are made on demand, so a million-line pair costs nothing. */
    record GeneratedDiff(int oldLineCount, int newLineCount, IntFunction<String> old, IntFunction<String> neu,
                         List<Edit> edits) implements TextDiff {
        static GeneratedDiff of(List<String> old, List<String> neu, List<Edit> edits) {
            return new GeneratedDiff(old.size(), neu.size(), old::get, neu::get, edits);
        }

        @Override
        public String oldLine(int index) {
            return old.apply(index);
        }

        @Override
        public String newLine(int index) {
            return neu.apply(index);
        }

        @Override
        public void close() {
        }
    }

    static final List<String> OLD = List.of("alpha", "total: 10", "gamma", "delta", "epsilon");
    static final List<String> NEW = List.of("alpha", "total: 12", "gamma", "epsilon", "zeta");
    /** Line 2 changed, "delta" removed, "zeta" added. */
    static final List<Edit> EDITS = List.of(new Edit(1, 2, 1, 2), new Edit(3, 4, 3, 3), new Edit(5, 5, 4, 5));

    /** Exact: three differences; ignoring case (as if "total" differed only in case): the last two. */
    TextDiffer differ() {
        return (oldFile, newFile, options, progress) -> {
            asked.add(options);
            return GeneratedDiff.of(OLD, NEW, options.ignoreCase() ? EDITS.subList(1, 3) : EDITS);
        };
    }

    CompareContext context(TextDiffer differ) {
        return context(differ, new SameThreadTaskRunner(), org.migrationworkbench.core.compare.StandardComparators.create(java.time.Clock.systemUTC()));
    }

    CompareContext context(TextDiffer differ, TaskRunner runner, Comparisons comparisons) {
        return new CompareContext(comparisons, opened -> new WorkspaceComparisonRunner(comparisons), differ,
                new CommonAffixIntraline(), runner, (title, e) -> errors.add(e));
    }

    static Comparisons comparisons(ComparedAs as, PairComparator comparator) {
        return new Comparisons(Map.of(as, comparator), java.time.Clock.systemUTC());
    }

    static CompareResult result(ComparedAs as, long count, long added, long removed, long changed, long fields,
                                long tolerated, long ignored, Map<String, FieldStats> stats,
                                List<org.migrationworkbench.core.compare.Difference> samples) {
        return new CompareResult(as, count, count, added, removed, changed, fields, tolerated, ignored, 0, 0, stats,
                samples, List.of(), List.of(), "digest");
    }

    static Path p(String name) {
        return Path.of(name);
    }

    static final Progress NONE = Progress.NONE;
}
