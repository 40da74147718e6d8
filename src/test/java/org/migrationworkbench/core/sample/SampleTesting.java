package org.migrationworkbench.core.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.migrationworkbench.core.AppDirs;

/** Shared helpers of the sample tests. */
final class SampleTesting {
    /** First lines of the commits of history.yaml, oldest first. */
    static final List<String> COMMITS = List.of(
            "Add nightly batch scoring scripts",
            "Sandbox: scoring v2 prototype with recency decay",
            "Add the unified pipeline package",
            "Add tests, coverage report and runbook",
            "Start the parallel run; remove the sandbox prototype");

    private SampleTesting() {
    }

    /** JGit's own settings go below target/ during tests, whatever test runs first. */
    static void keepJGitSettingsInTarget() {
        JGitConfigRedirect.install(Path.of("target", "test-home", "state", "jgit", "config"));
    }

    static AppDirs dirsIn(Path root) {
        return new AppDirs(root.resolve("config"), root.resolve("data"), root.resolve("state"));
    }

    /** Commit subjects of the repository's HEAD, oldest first. */
    static List<String> subjects(Path repo) throws IOException, GitAPIException {
        List<String> subjects = new ArrayList<>();
        try (Git git = Git.open(repo.toFile())) {
            for (RevCommit commit : git.log().call()) {
                subjects.add(0, commit.getShortMessage());
            }
        }
        return subjects;
    }

    static String head(Path repo) throws IOException {
        try (Git git = Git.open(repo.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }
}
