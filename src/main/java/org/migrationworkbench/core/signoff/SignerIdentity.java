package org.migrationworkbench.core.signoff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds who is signing: the target repository's git {@code user.name}/{@code user.email}, else the OS user. */
public final class SignerIdentity {
    private static final Logger LOG = LoggerFactory.getLogger(SignerIdentity.class);

    private SignerIdentity() {
    }

    /** The signer from git config of {@code repository} (its own, then the user's), else the OS user name. */
    public static Signer of(Path repository) {
        return fromGit(repository).orElseGet(() -> new Signer(System.getProperty("user.name", "unknown"), ""));
    }

    static Optional<Signer> fromGit(Path repository) {
        if (!Files.exists(repository.resolve(".git"))) {
            return Optional.empty();
        }
        try (Repository repo = new FileRepositoryBuilder().setGitDir(repository.resolve(".git").toFile())
                .setMustExist(true).build()) {
            Config config = repo.getConfig();
            String name = config.getString("user", null, "name");
            String email = config.getString("user", null, "email");
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Signer(name, email == null ? "" : email));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the git identity of {}", repository, e);
            return Optional.empty();
        }
    }
}
