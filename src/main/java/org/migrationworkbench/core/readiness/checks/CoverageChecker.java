package org.migrationworkbench.core.readiness.checks;

import org.migrationworkbench.core.readiness.RuleParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleChecker;
import org.migrationworkbench.core.readiness.RuleContext;

/**
 * {@code coverage}: the line (or branch) coverage a JaCoCo, Cobertura or lcov report measured, over the whole
 * report or a package/path prefix, is at least {@code min} (0..1). A missing report fails (tests not run
 * yet); a report that cannot be read is an error naming the file and line.
 */
public final class CoverageChecker implements RuleChecker {
    @Override
    public Outcome check(Rule rule, RuleContext context) throws Exception {
        RuleParams params = new RuleParams(rule);
        String report = params.requiredText("report");
        double min = params.number("min").orElse(0.0);
        boolean branch = params.text("metric").map(m -> m.trim().equalsIgnoreCase("branch")).orElse(false);
        PathPrefix prefix = new PathPrefix(params.text("path"));
        String metric = branch ? "branch" : "line";
        Path file = context.resolve(report);
        if (!Files.isRegularFile(file)) {
            return Outcome.fail("No coverage report at " + report + "; run the tests with coverage first",
                    List.of(Evidence.note("expected report: " + report)));
        }
        CoverageReports.Read read = CoverageReports.read(file, report, prefix, context.progress());
        CoverageTotals totals = read.totals();
        long covered = totals.covered(branch);
        long total = totals.total(branch);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.at(report, 0, read.format().name().toLowerCase(Locale.ROOT) + " report, "
                + metric + " coverage of " + prefix.describe()));
        if (total == 0) {
            String what = totals.units() == 0 && !prefix.isWholeReport()
                    ? "nothing in the report matches the path " + prefix.describe()
                    : "the report has no " + metric + " data for " + prefix.describe();
            evidence.add(Evidence.note(what));
            return Outcome.fail("No " + metric + " coverage measured: " + what, evidence);
        }
        double ratio = (double) covered / total;
        evidence.add(Evidence.note(String.format(Locale.ROOT, "%s coverage %s (%d of %d covered), minimum %s",
                metric, percent(ratio), covered, total, percent(min))));
        String summary = String.format(Locale.ROOT, "%s coverage of %s is %s (%d/%d); minimum %s",
                capitalized(metric), prefix.describe(), percent(ratio), covered, total, percent(min));
        return ratio + 1e-12 >= min ? Outcome.pass(summary, evidence) : Outcome.fail(summary, evidence);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
