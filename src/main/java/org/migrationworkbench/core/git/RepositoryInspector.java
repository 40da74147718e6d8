package org.migrationworkbench.core.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads branch, head commit and work-tree state of a git repository with JGit. Blocking: call off the UI thread. */
public final class RepositoryInspector {
    private static final Logger LOG = LoggerFactory.getLogger(RepositoryInspector.class);

    public RepositoryInfo inspect(Path folder) {
        if (!Files.isDirectory(folder)) {
            return RepositoryInfo.unavailable("folder " + folder + " does not exist");
        }
        if (!Files.exists(folder.resolve(".git"))) {
            return RepositoryInfo.unavailable(folder + " is not a git repository");
        }
        try (Repository repository = new FileRepositoryBuilder().setWorkTree(folder.toFile())
                .setGitDir(folder.resolve(".git").toFile()).setMustExist(true).build();
             Git git = new Git(repository)) {
            Optional<String> branch = Optional.ofNullable(repository.getBranch());
            ObjectId headId = repository.resolve("HEAD");
            if (headId == null) {
                return new RepositoryInfo(branch, Optional.empty(), Optional.of(true), Optional.empty());
            }
            RepositoryInfo.Commit head;
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(headId);
                head = new RepositoryInfo.Commit(commit.getName(), commit.getShortMessage(),
                        commit.getAuthorIdent().getName(), Instant.ofEpochSecond(commit.getCommitTime()));
            }
            boolean clean = git.status().call().isClean();
            return new RepositoryInfo(branch, Optional.of(head), Optional.of(clean), Optional.empty());
        } catch (IOException | GitAPIException | RuntimeException e) {
            LOG.warn("Cannot read repository {}", folder, e);
            return RepositoryInfo.unavailable("cannot read the repository at " + folder + ": " + e.getMessage());
        }
    }
}
