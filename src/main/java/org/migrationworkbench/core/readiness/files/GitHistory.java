package org.migrationworkbench.core.readiness.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Finds the last committed version of a file that may no longer exist, with JGit. */
final class GitHistory {
    /** How many commits touching the path are looked at, newest first. */
    private static final int MAX_COMMITS = 200;
    /** Versions larger than this are not loaded. */
    private static final long MAX_BYTES = 16L << 20;

    /** The content found, or empty with the reason; when found, {@code reason} names the commit. */
    record Found(Optional<byte[]> content, String reason) {
    }

    private GitHistory() {
    }

    static Found lastVersion(Path repository, String path) throws IOException {
        if (!Files.exists(repository.resolve(".git"))) {
            return new Found(Optional.empty(), repository + " is not a git repository");
        }
        try (Repository repo = new FileRepositoryBuilder().setWorkTree(repository.toFile())
                .setGitDir(repository.resolve(".git").toFile()).setMustExist(true).build();
             Git git = new Git(repo)) {
            if (repo.resolve("HEAD") == null) {
                return new Found(Optional.empty(), "the repository has no commits");
            }
            for (RevCommit commit : git.log().addPath(path).setMaxCount(MAX_COMMITS).call()) {
                try (TreeWalk walk = TreeWalk.forPath(repo, path, commit.getTree())) {
                    if (walk != null && !walk.isSubtree()) {
                        ObjectLoader loader = repo.open(walk.getObjectId(0));
                        if (loader.getSize() > MAX_BYTES) {
                            return new Found(Optional.empty(), path + " was larger than 16 MiB at "
                                    + commit.abbreviate(7).name());
                        }
                        return new Found(Optional.of(loader.getBytes()), "commit " + commit.abbreviate(7).name());
                    }
                }
            }
            return new Found(Optional.empty(), path + " is not in the git history");
        } catch (GitAPIException e) {
            return new Found(Optional.empty(), "cannot read the git history: " + e.getMessage());
        }
    }
}
