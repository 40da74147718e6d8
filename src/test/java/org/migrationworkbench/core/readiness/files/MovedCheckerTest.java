package org.migrationworkbench.core.readiness.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.readiness.files.Fixture.rule;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleStatus;

class MovedCheckerTest {
    private static final String OLD = "def score(x):\n    total = 0\n    for i in x:\n        total += i\n    return total\n";

    @TempDir
    Path temp;

    /** Commits old/scoring.py, then a second version, then moves it to new/scoring.py with {@code newText}. */
    private Fixture movedInGit(String newText) throws Exception {
        Fixture f = new Fixture(temp);
        try (Git git = Git.init().setDirectory(f.repo.toFile()).call()) {
            f.write("old/scoring.py", "first version\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("add").setSign(false).call();
            f.write("old/scoring.py", OLD);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("edit").setSign(false).call();
            Files.delete(f.repo.resolve("old/scoring.py"));
            f.write("new/scoring.py", newText);
            git.add().addFilepattern(".").call();
            git.rm().addFilepattern("old/scoring.py").call();
            git.commit().setMessage("move").setSign(false).call();
        }
        return f;
    }

    @Test
    void passesWhenFromIsGoneAndToResemblesTheLastVersionOfFrom() throws Exception {
        Fixture f = movedInGit(OLD.replace("return total", "return total  # moved") + "\n");

        Outcome outcome = new MovedChecker().check(rule(RuleKind.MOVED, "from", "old/scoring.py",
                "to", "new/scoring.py", "similar", 0.6), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.PASS);
        assertThat(outcome.summary()).isEqualTo("old/scoring.py moved to new/scoring.py, 67% similar (60% wanted)");
    }

    @Test
    void failsWhenTheNewFileDiffersTooMuch() throws Exception {
        Fixture f = movedInGit("something else entirely\n");

        Outcome outcome = new MovedChecker().check(rule(RuleKind.MOVED, "from", "old/scoring.py",
                "to", "new/scoring.py", "similar", 0.8), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).contains("0% similar (80% wanted)");
    }

    @Test
    void failsWhileTheOldPathIsStillThere() throws Exception {
        Fixture f = new Fixture(temp).write("old/a.py", "x").write("new/a.py", "x");

        Outcome outcome = new MovedChecker().check(rule(RuleKind.MOVED, "from", "old", "to", "new/a.py"),
                f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("Not moved: old is still there");
        assertThat(outcome.evidence()).containsExactly(Evidence.at("old", 0, "still present"),
                Evidence.at("new/a.py", 0, "present"));
    }

    @Test
    void warnsWhenSimilarityIsWantedButThereIsNoHistory() throws Exception {
        Fixture f = new Fixture(temp).write("new/a.py", "x");

        Outcome outcome = new MovedChecker().check(rule(RuleKind.MOVED, "from", "old/a.py", "to", "new/a.py",
                "similar", 0.5), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.WARN);
        assertThat(outcome.summary()).startsWith("Moved, but the similarity could not be checked:")
                .endsWith("is not a git repository");
    }

    @Test
    void similarityIsTheShareOfDistinctLinesInCommon() {
        assertThat(MovedChecker.similarity("a\nb\n  c\n\n", "c\nb\nd\n")).isEqualTo(0.5);
        assertThat(MovedChecker.similarity("", "\n")).isEqualTo(1.0);
    }
}
