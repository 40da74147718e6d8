package org.migrationworkbench.core.readiness.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.readiness.files.Fixture.rule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RunShared;

/** One pass for several regexes gives each regex exactly what its own scan gives. */
class SharedPatternScanTest {
    private static final List<String> REGEXES = List.of("TODO|FIXME", "import app\\.sandbox", "(?i)todo",
            "^\\s*$", "é+", "x{3}");

    @TempDir
    Path temp;

    private Fixture tree() {
        String big = ("line without\nTODO in a big file\n" + "y".repeat(200) + "\n").repeat(5_000);
        return new Fixture(temp)
                .write("a.py", "import os\nimport app.sandbox\n\nx = 1  # TODO twice TODO\r\nFIXME\r\n")
                .write("b.txt", "todo lower\n   \nxxx and é é\nno newline at the end TODO")
                .write("crlf.txt", "TODO\r\n\r\nimport app.sandbox\r\n")
                .write("blob.bin", new byte[] {'T', 'O', 'D', 'O', 0, '\n', 'T', 'O', 'D', 'O'})
                .write("big.log", big + "FIXME at the end\n")
                .write("long.txt", "TODO " + "z".repeat(1_100_000) + "\nTODO again\n")
                .write("utf8.md", "caf\u00e9 TODO \u20ac\n".getBytes(StandardCharsets.UTF_8))
                .write("empty.txt", "");
    }

    @Test
    void everyRegexGetsWhatItsOwnScanGives() throws Exception {
        Fixture f = tree();
        var context = f.context();
        List<String> files = context.files().matching(List.of("**/*"));
        List<Pattern> patterns = REGEXES.stream().map(Pattern::compile).toList();

        List<PatternScan.Result> shared = SharedPatternScan.scan(context.repository(), files, patterns,
                Progress.NONE);

        assertThat(files).hasSize(8);
        for (int i = 0; i < patterns.size(); i++) {
            assertThat(shared.get(i)).as(REGEXES.get(i))
                    .isEqualTo(PatternScan.scan(context.repository(), files, patterns.get(i), Progress.NONE));
        }
        // a.py 2, b.txt 1, crlf.txt 1, big.log 5,001, long.txt 2, utf8.md 1; blob.bin skipped
        assertThat(shared.get(0).matches()).isEqualTo(2 + 1 + 1 + 5_001 + 2 + 1);
        assertThat(shared.get(0).binaryFiles()).isEqualTo(1);
    }

    @Test
    void patternRulesOfOneRunOverTheSameFilesShareAPassAndKeepTheirOutcomes() throws Exception {
        Fixture f = tree();
        List<Rule> rules = List.of(
                rule(RuleKind.PATTERN_ABSENT, "pattern", "TODO|FIXME", "files", "**/*"),
                rule(RuleKind.PATTERN_PRESENT, "pattern", "import app\\.sandbox", "files", "**/*", "max", 5),
                rule(RuleKind.PATTERN_ABSENT, "pattern", "(?i)todo", "files", "**/*"),
                rule(RuleKind.PATTERN_ABSENT, "pattern", "[unclosed", "files", "**/*"),
                rule(RuleKind.PATTERN_ABSENT, "pattern", "TODO", "files", "*.py"));
        RunShared run = new RunShared(rules);

        for (Rule r : rules) {
            var checker = r.kind() == RuleKind.PATTERN_ABSENT ? new PatternCheckers.Absent()
                    : new PatternCheckers.Present();
            Outcome alone = outcome(checker, r, f.context());
            Outcome together = outcome(checker, r, f.context(Progress.NONE, run));
            assertThat(together).as(r.parameters().toString()).isEqualTo(alone);
        }
        assertThat(PatternGroup.regexes(rules, List.of("**/*")))
                .containsExactly("TODO|FIXME", "import app\\.sandbox", "(?i)todo");
    }

    private static Outcome outcome(org.migrationworkbench.core.readiness.RuleChecker checker, Rule rule,
                                   org.migrationworkbench.core.readiness.RuleContext context) {
        try {
            return checker.check(rule, context);
        } catch (Exception e) {
            return Outcome.fail("threw " + e.getClass().getSimpleName() + ": " + e.getMessage(), List.of());
        }
    }
}
