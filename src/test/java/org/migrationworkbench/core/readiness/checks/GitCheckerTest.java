package org.migrationworkbench.core.readiness.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleStatus;

class GitCheckerTest {
    private static final Instant NOW = Instant.parse("2026-10-20T12:00:00Z");

    @TempDir
    Path base;
    private Path repo;
    private Git git;

    @BeforeEach
    void createRepository() throws Exception {
        TestContexts.workspace(base);
        repo = base.resolve("repo");
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        commit("legacy/run.sh", "echo old", "Add the legacy script", "2026-06-01T10:00:00Z");
        git.branchCreate().setName("done").call();
        commit("src/app.py", "print(1)", "Add the app", "2026-10-02T09:00:00Z");
        git.tag().setName("v1.0").setAnnotated(true).setMessage("first").call();
        git.checkout().setCreateBranch(true).setName("wip").call();
        commit("src/wip.py", "x = 1", "Work in progress", "2026-10-15T09:00:00Z");
        git.checkout().setName("main").call();
    }

    @AfterEach
    void close() {
        if (git != null) {
            git.close();
        }
    }

    @Test
    void folderWithoutGitFails() throws Exception {
        deleteGitFolder();

        Outcome outcome = check(Map.of("check", "clean"));

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).startsWith("Not a git repository");
    }

    @Test
    void cleanWorkTreePassesAndChangesAreListed() throws Exception {
        assertThat(check(Map.of("check", "clean")).status()).isEqualTo(RuleStatus.PASS);

        Files.writeString(repo.resolve("src/app.py"), "print(2)");
        Files.writeString(repo.resolve("notes.txt"), "todo");
        Outcome outcome = check(Map.of("check", "clean"));

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("The work tree has 2 changes not committed (1 untracked)");
        assertThat(outcome.evidence()).containsExactly(Evidence.at("src/app.py", 0, "uncommitted change"),
                Evidence.at("notes.txt", 0, "untracked"));
    }

    @Test
    void mergedComparesAncestryWithTheMainBranchByDefault() throws Exception {
        assertThat(check(Map.of("check", "merged", "branch", "done")).status()).isEqualTo(RuleStatus.PASS);

        Outcome wip = check(Map.of("check", "merged", "branch", "wip"));
        assertThat(wip.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(wip.summary()).isEqualTo("'wip' is not merged into 'main'");
        assertThat(check(Map.of("check", "merged", "branch", "main", "into", "wip")).status())
                .isEqualTo(RuleStatus.PASS);
        assertThat(check(Map.of("check", "merged", "branch", "nope")).summary())
                .isEqualTo("Branch 'nope' does not exist");
    }

    @Test
    void tagMustExist() throws Exception {
        Outcome present = check(Map.of("check", "tag", "tag", "v1.0"));
        assertThat(present.status()).isEqualTo(RuleStatus.PASS);
        assertThat(present.evidence().get(0).text()).contains("Add the app");

        assertThat(check(Map.of("check", "tag", "tag", "v2.0")).status()).isEqualTo(RuleStatus.FAIL);
    }

    @Test
    void freshLooksAtTheLastCommitTouchingThePath() throws Exception {
        Outcome src = check(Map.of("check", "fresh", "path", "src/**", "days", 30));
        assertThat(src.status()).isEqualTo(RuleStatus.PASS);
        assertThat(src.summary()).isEqualTo("Last change to src/** was 18 days ago (within 30)");

        Outcome legacy = check(Map.of("check", "fresh", "path", List.of("legacy"), "days", 30));
        assertThat(legacy.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(legacy.evidence().get(0).text()).contains("2026-06-01", "Add the legacy script");

        assertThat(check(Map.of("check", "fresh", "path", "docs", "days", 30)).summary())
                .isEqualTo("No commit touches docs");
    }

    @Test
    void frozenFailsOnCommitsToThePathAfterTheDate() throws Exception {
        assertThat(check(Map.of("check", "frozen", "path", "legacy/**", "after", "2026-07-01")).status())
                .isEqualTo(RuleStatus.PASS);

        Outcome src = check(Map.of("check", "frozen", "path", "src", "after", "2026-09-30"));
        assertThat(src.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(src.summary()).isEqualTo("1 commit to src after 2026-09-30");
        assertThat(src.evidence().get(0).text()).contains("Add the app");

        assertThat(check(Map.of("check", "frozen", "path", "src", "after", "2026-10-02")).status())
                .isEqualTo(RuleStatus.PASS);
    }

    private void commit(String file, String content, String message, String when) throws Exception {
        Path path = repo.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Tester", "tester@example.org", Instant.parse(when), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private void deleteGitFolder() throws IOException {
        git.close();
        git = null;
        try (var files = Files.walk(repo.resolve(".git"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Outcome check(Map<String, Object> params) throws Exception {
        return new GitChecker().check(TestContexts.rule(RuleKind.GIT, params),
                TestContexts.context(base, false, Clock.fixed(NOW, ZoneOffset.UTC), Progress.NONE));
    }
}
