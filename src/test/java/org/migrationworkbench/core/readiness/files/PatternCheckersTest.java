package org.migrationworkbench.core.readiness.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.readiness.files.Fixture.rule;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.model.Severity;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleStatus;
import org.migrationworkbench.core.readiness.RunShared;
import org.migrationworkbench.core.readiness.SecretLines;

class PatternCheckersTest {
    @TempDir
    Path temp;

    private Fixture sample() {
        return new Fixture(temp)
                .write(".gitignore", "generated/\n")
                .write("app/a.py", "import os\nimport app.sandbox  \n\nx = 1  # import app.sandbox twice\r\n")
                .write("app/b.py", "print('clean')\n")
                .write("generated/c.py", "import app.sandbox\n")
                .write("app/blob.py", new byte[] {'i', 'm', 'p', 0, 'a'});
    }

    @Test
    void patternAbsentFailsWithEveryMatchingLineAndItsNumber() throws Exception {
        Fixture f = sample();

        Outcome outcome = new PatternCheckers.Absent().check(
                rule(RuleKind.PATTERN_ABSENT, "pattern", "import app\\.sandbox", "files", "**/*.py"), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo(
                "2 matches in 1 file for /import app\\.sandbox/ (3 files searched, 1 binary file skipped)");
        assertThat(outcome.evidence()).containsExactly(Evidence.at("app/a.py", 2, "import app.sandbox"),
                Evidence.at("app/a.py", 4, "x = 1  # import app.sandbox twice"));
    }

    @Test
    void patternAbsentPassesWithinMaxAndWhenNoFileMatchesTheGlob() throws Exception {
        Fixture f = sample();

        Outcome withinMax = new PatternCheckers.Absent().check(rule(RuleKind.PATTERN_ABSENT,
                "pattern", "sandbox", "files", List.of("app/*.py"), "max", 2), f.context());
        Outcome noFiles = new PatternCheckers.Absent().check(
                rule(RuleKind.PATTERN_ABSENT, "pattern", "sandbox", "files", "**/*.rs"), f.context());

        assertThat(withinMax.status()).isEqualTo(RuleStatus.PASS);
        assertThat(withinMax.summary()).endsWith("(at most 2 allowed)");
        assertThat(noFiles.status()).isEqualTo(RuleStatus.PASS);
        assertThat(noFiles.summary()).isEqualTo("0 matches in 0 files for /sandbox/ (0 files searched)");
    }

    @Test
    void patternPresentNeedsOneMatchAndAtMostMax() throws Exception {
        Fixture f = sample();
        var present = new PatternCheckers.Present();

        assertThat(present.check(rule(RuleKind.PATTERN_PRESENT, "pattern", "print\\(", "files", "**/*.py"),
                f.context()).evidence()).containsExactly(Evidence.at("app/b.py", 1, "print('clean')"));
        assertThat(present.check(rule(RuleKind.PATTERN_PRESENT, "pattern", "^absent$", "files", "**/*.py"),
                f.context()).status()).isEqualTo(RuleStatus.FAIL);
        assertThat(present.check(rule(RuleKind.PATTERN_PRESENT, "pattern", "sandbox", "files", "**/*.py", "max", 1),
                f.context()).status()).isEqualTo(RuleStatus.FAIL);
    }

    @Test
    void longLinesAreShortenedAndEvidenceIsCappedWhileTheSummaryCountsAll() throws Exception {
        Fixture f = new Fixture(temp).write("big.txt", "TODO\n".repeat(700) + "TODO " + "y".repeat(1000) + "\n");

        Outcome outcome = new PatternCheckers.Absent().check(
                rule(RuleKind.PATTERN_ABSENT, "pattern", "TODO", "files", "*.txt"), f.context());

        assertThat(outcome.summary()).startsWith("701 matches in 1 file");
        assertThat(outcome.evidence()).hasSize(Outcome.MAX_EVIDENCE);
        var scan = PatternScan.scan(f.repo, List.of("big.txt"), java.util.regex.Pattern.compile("y{5}"), Progress.NONE);
        assertThat(scan.evidence()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(701);
            assertThat(e.text()).hasSize(300).endsWith("…");
        });
    }

    @Test
    void evidenceFromASecretsFileShowsTheVariableNameNeverTheValue() throws Exception {
        Fixture f = secrets();

        Outcome outcome = new PatternCheckers.Absent().check(rule(RuleKind.PATTERN_ABSENT,
                "pattern", "sk-live|pw-9|KEY", "files", List.of("deploy/*", "src/*.py")), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.evidence()).containsExactly(
                Evidence.at("deploy/id_rsa", 1, SecretLines.LINE),
                Evidence.at("deploy/prod.env", 2, "export API_KEY=<redacted>"),
                Evidence.at("deploy/prod.env", 3, "DB_URL=<redacted>"),
                Evidence.at("src/settings.py", 1, "API_KEY = os.environ['API_KEY']"));
    }

    @Test
    void patternRulesSearchedInOnePassRedactAlike() throws Exception {
        Fixture f = secrets();
        var absent = rule(RuleKind.PATTERN_ABSENT, "pattern", "sk-live", "files", "deploy/*");
        var present = new Rule("r2", "Rule", RuleKind.PATTERN_PRESENT, Optional.empty(), Optional.empty(),
                Severity.MAJOR, Optional.empty(), Map.of("pattern", "DB_URL=", "files", "deploy/*"));
        var context = f.context(Progress.NONE, new RunShared(List.of(absent, present)));

        assertThat(new PatternCheckers.Absent().check(absent, context).evidence())
                .containsExactly(Evidence.at("deploy/prod.env", 2, "export API_KEY=<redacted>"));
        assertThat(new PatternCheckers.Present().check(present, context).evidence())
                .containsExactly(Evidence.at("deploy/prod.env", 3, "DB_URL=<redacted>"));
    }

    @Test
    void theFileOfAnEnvParityRuleIsRedactedWhateverItsName() throws Exception {
        Fixture f = new Fixture(temp).write("config/app.cfg", "token = abc-123\n");
        var parity = new Rule("parity", "Parity", RuleKind.ENV_PARITY, Optional.empty(), Optional.empty(),
                Severity.MAJOR, Optional.empty(), Map.of("env", "config/app.cfg", "required", List.of("token")));
        var absent = rule(RuleKind.PATTERN_ABSENT, "pattern", "abc-123", "files", "config/*");

        Outcome outcome = new PatternCheckers.Absent().check(absent, f.context(Progress.NONE,
                new RunShared(List.of(parity, absent))));

        assertThat(outcome.evidence()).containsExactly(Evidence.at("config/app.cfg", 1, "token=<redacted>"));
    }

    /** A dotenv file and an ssh key among the deploy files, and a source file that only names a variable. */
    private Fixture secrets() {
        return new Fixture(temp)
                .write("deploy/prod.env", "# production\nexport API_KEY=sk-live-123\n"
                        + "DB_URL=\"postgres://app:pw-9@db/app\"\n")
                .write("deploy/id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n")
                .write("src/settings.py", "API_KEY = os.environ['API_KEY']\n");
    }

    @Test
    void cancellingStopsTheScanPromptly() {
        Fixture f = new Fixture(temp);
        for (int i = 0; i < 200; i++) {
            f.write("src/f" + i + ".txt", "TODO\n");
        }
        AtomicInteger worked = new AtomicInteger();
        Progress cancelAfterTen = new Progress() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
                worked.addAndGet((int) units);
            }

            @Override
            public boolean isCancelled() {
                return worked.get() >= 10;
            }
        };

        assertThatThrownBy(() -> new PatternCheckers.Absent().check(
                rule(RuleKind.PATTERN_ABSENT, "pattern", "TODO", "files", "src/*"), f.context(cancelAfterTen)))
                .isInstanceOf(CancelledException.class);
        assertThat(worked.get()).isLessThan(20);
    }
}
