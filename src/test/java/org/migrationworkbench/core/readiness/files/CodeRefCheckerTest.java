package org.migrationworkbench.core.readiness.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.readiness.files.Fixture.rule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleStatus;

class CodeRefCheckerTest {
    @TempDir
    Path temp;

    private Fixture sample() {
        return new Fixture(temp).write("app/x.py", "l1\nl2\nl3\nl4\nl5\n").write("app/blob.bin", new byte[] {1, 0});
    }

    @Test
    void passesWithTheSnippetOfEachReference() throws Exception {
        Outcome outcome = new CodeRefChecker().check(
                rule(RuleKind.CODE_REF, "refs", List.of("2:5:app/x.py", "5:5:app/x.py")), sample().context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.PASS);
        assertThat(outcome.summary()).isEqualTo("All 2 code references resolve");
        assertThat(outcome.evidence()).containsExactly(Evidence.at("app/x.py", 2, "l2\nl3\nl4\n…"),
                Evidence.at("app/x.py", 5, "l5"));
    }

    @Test
    void theSnippetOfAFileThatHoldsSecretsShowsOnlyNames() throws Exception {
        Fixture f = new Fixture(temp).write("deploy/.env", "API_KEY=sk-live-123\nexport TOKEN=t0k\nA=1\nB=2\n");

        Outcome outcome = new CodeRefChecker().check(rule(RuleKind.CODE_REF, "refs", "1:4:deploy/.env"), f.context());

        assertThat(outcome.evidence()).containsExactly(Evidence.at("deploy/.env", 1,
                "API_KEY=<redacted>\nexport TOKEN=<redacted>\nA=<redacted>\n…"));
    }

    @Test
    void failsOnMissingFilesRangesPastTheEndBinaryFilesAndMalformedRefs() throws Exception {
        Outcome outcome = new CodeRefChecker().check(rule(RuleKind.CODE_REF, "refs", List.of("1:2:app/x.py",
                "4:9:app/x.py", "1:1:app/gone.py", "1:1:app/blob.bin", "x:y", "1:1:../outside.py")),
                sample().context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("5 of 6 code references do not resolve");
        assertThat(outcome.evidence()).extracting(Evidence::text).containsExactly(
                "x:y: not a START:END:path reference",
                "l1\nl2",
                "4:9:app/x.py: file has only 5 lines",
                "1:1:app/gone.py: file does not exist in the repository",
                "1:1:app/blob.bin: file is binary",
                "1:1:../outside.py: file does not exist in the repository");
    }

    @Test
    void readsTheReferencesOfAWorkspaceGuide() throws Exception {
        Fixture f = sample();
        Files.writeString(f.workspace.resolve("guide.md"), "# Guide\n\n- [ ] Port `1:3:app/x.py`\n- [ ] `2:2:app/y.py`\n");

        Outcome outcome = new CodeRefChecker().check(rule(RuleKind.CODE_REF, "guide", "guide.md"), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.evidence()).containsExactly(Evidence.at("app/x.py", 1, "l1\nl2\nl3"),
                Evidence.at("app/y.py", 0, "2:2:app/y.py (guide line 4): file does not exist in the repository"));
    }

    @Test
    void failsWhenThereIsNothingToCheck() throws Exception {
        Outcome outcome = new CodeRefChecker().check(rule(RuleKind.CODE_REF, "refs", List.of()), sample().context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("No code references to check");
    }
}
