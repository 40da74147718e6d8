package org.migrationworkbench.core.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps JGit from writing below the user's home. JGit measures each file system's timestamp resolution the
 * first time it touches a repository there and saves the result in its own config file,
 * {@code ~/.config/jgit/config}; this points that file into the app's own folders instead. The user's git
 * configuration ({@code ~/.gitconfig}) is still read, never written.
 *
 * <p>JGit's {@link SystemReader} is process-wide, so this is too: the first {@link #install(Path)} wins and
 * later calls do nothing. The app should call it once at start-up, before any JGit use; the sample installer
 * calls it as well so that building the sample never writes to the home folder.
 */
public final class JGitConfigRedirect {
    private static final Logger LOG = LoggerFactory.getLogger(JGitConfigRedirect.class);

    private JGitConfigRedirect() {
    }

    /** Makes {@code jgitConfig} the file where JGit keeps its own settings. Thread-safe, idempotent. */
    public static synchronized void install(Path jgitConfig) {
        SystemReader current = SystemReader.getInstance();
        if (current instanceof Redirecting) {
            return;
        }
        try {
            Files.createDirectories(jgitConfig.toAbsolutePath().getParent());
        } catch (IOException e) {
            // JGit then logs that it cannot save its measurements and measures again next time
            LOG.warn("Cannot create the folder of {}: {}", jgitConfig, e.toString());
        }
        SystemReader.setInstance(new Redirecting(current, jgitConfig.toAbsolutePath()));
        LOG.debug("JGit keeps its own settings in {}", jgitConfig);
    }

    private static final class Redirecting extends SystemReader.Delegate {
        private final Path file;

        Redirecting(SystemReader delegate, Path file) {
            super(delegate);
            this.file = file;
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, file.toFile(), fs);
        }
    }
}
