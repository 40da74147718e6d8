package org.migrationworkbench.core.readiness.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleChecker;
import org.migrationworkbench.core.readiness.RuleContext;
import org.migrationworkbench.core.readiness.RuleStatus;

/**
 * {@code moved}: passes when {@code from} is gone and {@code to} exists. With {@code similar} (0..1), {@code to}
 * must also resemble the last version of {@code from} in git history: the share of distinct non-blank lines
 * (trimmed) the two have in common (Jaccard). Without history for {@code from}, the result is WARN.
 */
final class MovedChecker implements RuleChecker {
    @Override
    public Outcome check(Rule rule, RuleContext context) throws IOException {
        String from = Params.required(rule, "from");
        String to = Params.required(rule, "to");
        boolean fromGone = PathCheckers.find(from, context).isEmpty();
        boolean toThere = !PathCheckers.find(to, context).isEmpty();
        List<Evidence> evidence = List.of(
                Evidence.at(from, 0, fromGone ? "gone" : "still present"),
                Evidence.at(to, 0, toThere ? "present" : "missing"));
        if (!fromGone || !toThere) {
            String what = !fromGone && !toThere ? from + " is still there and " + to + " does not exist"
                    : !fromGone ? from + " is still there" : to + " does not exist";
            return Outcome.fail("Not moved: " + what, evidence);
        }
        Optional<Double> similar = Params.number(rule, "similar");
        if (similar.isEmpty()) {
            return Outcome.pass(from + " moved to " + to, evidence);
        }
        return compare(from, to, similar.get(), context, evidence);
    }

    private static Outcome compare(String from, String to, double wanted, RuleContext context,
                                   List<Evidence> evidence) throws IOException {
        Path target = context.resolve(to);
        if (!Files.isRegularFile(target)) {
            return warn("Moved, but similarity compares files and " + to + " is a folder", evidence);
        }
        GitHistory.Found old = GitHistory.lastVersion(context.repository(), from);
        if (old.content().isEmpty()) {
            return warn("Moved, but the similarity could not be checked: " + old.reason(), evidence);
        }
        double score = similarity(new String(old.content().get(), StandardCharsets.UTF_8),
                Files.readString(target, StandardCharsets.UTF_8));
        List<Evidence> all = new ArrayList<>(evidence);
        all.add(Evidence.at(to, 0, String.format(java.util.Locale.ROOT, "%.0f%% of lines shared with %s at %s",
                score * 100, from, old.reason())));
        String summary = String.format(java.util.Locale.ROOT, "%s moved to %s, %.0f%% similar (%.0f%% wanted)",
                from, to, score * 100, wanted * 100);
        return score + 1e-9 >= wanted ? Outcome.pass(summary, all) : Outcome.fail(summary, all);
    }

    /** Distinct trimmed non-blank lines in common over distinct lines in either; 1 for two blank files. */
    static double similarity(String a, String b) {
        Set<String> left = lines(a);
        Set<String> right = lines(b);
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        if (union.isEmpty()) {
            return 1;
        }
        left.retainAll(right);
        return (double) left.size() / union.size();
    }

    private static Set<String> lines(String text) {
        Set<String> lines = new HashSet<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        return lines;
    }

    private static Outcome warn(String summary, List<Evidence> evidence) {
        return new Outcome(RuleStatus.WARN, summary, evidence);
    }
}
