package org.migrationworkbench.core.readiness.files;

import java.util.List;
import java.util.regex.Pattern;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleChecker;
import org.migrationworkbench.core.readiness.RuleContext;
import org.migrationworkbench.core.readiness.SecretFiles;

/**
 * {@code pattern-absent} and {@code pattern-present}: count the lines matching {@code pattern} (Java regex,
 * matched line by line with {@code find}) in the text files {@code files} selects; binary files are skipped.
 * <ul>
 *   <li>{@code pattern-absent} passes when at most {@code max} lines match (default 0).</li>
 *   <li>{@code pattern-present} passes when at least one line matches and, if {@code max} is given, at most
 *       {@code max} (so {@code max: 1} means "exactly one place").</li>
 * </ul>
 * Pattern rules of one run that search the same files are searched in one pass ({@link SharedPatternScan}).
 * Evidence from files that hold secrets shows only variable names ({@link SecretFiles}).
 */
final class PatternCheckers {
    private PatternCheckers() {
    }

    static final class Absent implements RuleChecker {
        @Override
        public Outcome check(Rule rule, RuleContext context) {
            Scan scan = Scan.run(rule, context);
            long max = Params.number(rule, "max").map(Double::longValue).orElse(0L);
            boolean pass = scan.result().matches() <= max;
            String summary = scan.describe() + (max > 0 ? " (at most " + max + " allowed)" : "");
            return pass ? Outcome.pass(summary, scan.evidence()) : Outcome.fail(summary, scan.evidence());
        }
    }

    static final class Present implements RuleChecker {
        @Override
        public Outcome check(Rule rule, RuleContext context) {
            Scan scan = Scan.run(rule, context);
            var max = Params.number(rule, "max").map(Double::longValue);
            long matches = scan.result().matches();
            boolean pass = matches >= 1 && max.map(m -> matches <= m).orElse(true);
            String summary = scan.describe() + max.map(m -> " (at most " + m + " allowed)").orElse("");
            return pass ? Outcome.pass(summary, scan.evidence()) : Outcome.fail(summary, scan.evidence());
        }
    }

    private record Scan(String pattern, int scanned, PatternScan.Result result, SecretFiles secrets) {
        static Scan run(Rule rule, RuleContext context) {
            String regex = Params.required(rule, "pattern");
            List<String> globs = Params.strings(rule, "files");
            Pattern pattern = Pattern.compile(regex);
            List<String> files = context.files().matching(globs);
            List<String> together = PatternGroup.regexes(context.shared().rules(), globs);
            if (together.size() < 2 || !together.contains(regex)) {
                return new Scan(regex, files.size(), PatternScan.scan(context.repository(), files, pattern,
                        context.progress()), context.secrets());
            }
            List<PatternScan.Result> all = context.shared().once(List.of("pattern-scan", globs),
                    () -> SharedPatternScan.scan(context.repository(), files,
                            together.stream().map(Pattern::compile).toList(), context.progress()),
                    context.progress());
            return new Scan(regex, files.size(), all.get(together.indexOf(regex)), context.secrets());
        }

        /** The matching lines, those of files that hold secrets redacted before anything stores or shows them. */
        List<Evidence> evidence() {
            return secrets.redact(result.evidence());
        }

        String describe() {
            long matches = result.matches();
            String binary = result.binaryFiles() > 0
                    ? ", " + Params.plural(result.binaryFiles(), "binary file", "binary files") + " skipped" : "";
            return Params.plural(matches, "match", "matches") + " in " + Params.plural(result.files(), "file", "files")
                    + " for /" + pattern + "/ (" + Params.plural(scanned, "file", "files") + " searched" + binary + ")";
        }
    }
}
