package org.migrationworkbench.core.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitConfig.CleanupMode;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.migrationworkbench.core.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the sample target repository from its recipe ({@code history.yaml} and the overlay folders):
 * a real git repository on branch {@code main} whose commit ids are the same on every machine, because
 * authors, dates and messages are fixed and the user's git settings that could change content (global
 * ignores, hooks, signing, message clean-up, line endings) are overridden for the build.
 */
final class SampleRepository {
    static final String BRANCH = "main";
    private static final Logger LOG = LoggerFactory.getLogger(SampleRepository.class);
    private static final String CORE = "core";

    private SampleRepository() {
    }

    /** Builds the repository into {@code repoDir}, which must not exist or be empty. */
    static void build(Path recipe, Path repoDir) throws IOException, GitAPIException {
        History history = History.read(recipe.resolve("history.yaml"));
        Files.createDirectories(repoDir);
        try (Git git = Git.init().setDirectory(repoDir.toFile()).setInitialBranch(BRANCH).call()) {
            StoredConfig config = git.getRepository().getConfig();
            isolateFromUserSettings(config, repoDir);
            for (History.Commit commit : history.commits()) {
                apply(git, recipe, repoDir, commit);
            }
            // the overrides hold absolute paths of the build folder, which is about to be moved
            config.unset(CORE, null, "hooksPath");
            config.unset(CORE, null, "excludesFile");
            config.save();
        }
        LOG.info("Built the sample repository {} with {} commits", repoDir, history.commits().size());
    }

    private static void isolateFromUserSettings(StoredConfig config, Path repoDir) throws IOException {
        Path unused = repoDir.resolve(".git").resolve("sample-build-none").toAbsolutePath();
        config.setString(CORE, null, "hooksPath", unused.toString());
        config.setString(CORE, null, "excludesFile", unused.toString());
        config.setString(CORE, null, "autocrlf", "false");
        config.setBoolean("commit", null, "gpgSign", false);
        config.save();
    }

    private static void apply(Git git, Path recipe, Path repoDir, History.Commit commit)
            throws IOException, GitAPIException {
        Path overlay = Trees.resolve(recipe, Path.of(commit.overlay()));
        if (!Files.isDirectory(overlay)) {
            throw new WorkbenchException("history.yaml: commit '" + commit.firstLine() + "' names overlay '"
                    + commit.overlay() + "', which is not a folder next to history.yaml.");
        }
        Trees.copy(overlay, repoDir);
        for (String path : commit.remove()) {
            if (!Files.exists(Trees.resolve(repoDir, Path.of(path)))) {
                throw new WorkbenchException("history.yaml: commit '" + commit.firstLine() + "' removes '" + path
                        + "', which is not in the repository at that point.");
            }
            git.rm().addFilepattern(path).call();
        }
        git.add().addFilepattern(".").call();
        OffsetDateTime when = commit.when();
        PersonIdent person = new PersonIdent(commit.author().name(), commit.author().email(),
                when.toInstant(), when.getOffset());
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        git.commit()
                .setMessage(commit.message())
                .setAuthor(person)
                .setCommitter(person)
                .setCleanupMode(CleanupMode.VERBATIM)
                .setAllowEmpty(false)
                .setSign(false)
                .setNoVerify(true)
                .setHookOutputStream(discard)
                .setHookErrorStream(discard)
                .call();
    }
}
