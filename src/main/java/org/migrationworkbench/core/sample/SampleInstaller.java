package org.migrationworkbench.core.sample;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.migrationworkbench.core.AppDirs;
import org.migrationworkbench.core.UserWorkspaceDir;
import org.migrationworkbench.core.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the bundled sample workspace into {@code <data>/sample/} and builds its target repository
 * {@code <data>/sample/repo} as real git history, on first use and again whenever the bundled sample changes.
 *
 * <p>An install is complete when {@code workbench.yaml} and the marker {@code .sample-version} holding the
 * bundled version are present; checking that is the only work done on later calls. A missing marker (an
 * interrupted or damaged copy) or another version triggers a fresh install, built in a temporary sibling
 * folder and renamed into place, so the sample is never seen half-written. The previous install is deleted,
 * unless it holds user progress ({@code .workbench/}): then it is kept beside the new one as
 * {@code sample-<yyyyMMdd-HHmmss>}.
 *
 * <p>Safe to call from several threads and processes at once: installing holds a lock file in the data folder.
 */
public final class SampleInstaller {
    /** Name of the installed sample folder below the data directory. */
    public static final String FOLDER = "sample";
    /** The marker file written last into a complete install, holding the bundled sample's version. */
    public static final String MARKER = ".sample-version";

    private static final Logger LOG = LoggerFactory.getLogger(SampleInstaller.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String TEMP_PREFIX = FOLDER + ".tmp-";
    private static final String TRASH_PREFIX = FOLDER + ".old-";

    private final ClassLoader resources;
    private final Clock clock;

    /** An installer for the sample bundled with the application. */
    public SampleInstaller() {
        this(SampleInstaller.class.getClassLoader(), Clock.systemDefaultZone());
    }

    SampleInstaller(ClassLoader resources, Clock clock) {
        this.resources = resources;
        this.clock = clock;
    }

    /**
     * Returns the sample workspace folder (the one holding workbench.yaml), installing it first when needed.
     * Returns within milliseconds when the sample is already installed; otherwise copies and builds on the
     * calling thread, which takes a second or two (a few more the very first time JGit meets this disk,
     * while it measures the file system's timestamp resolution).
     *
     * @throws WorkbenchException when the sample cannot be installed (the message names the folder)
     */
    public Path ensureInstalled(AppDirs dirs) {
        Path home = dirs.data().resolve(FOLDER);
        String version = BundledSample.version(resources);
        if (isInstalled(home, version)) {
            return home;
        }
        synchronized (SampleInstaller.class) {
            try {
                Files.createDirectories(dirs.data());
                try (FileChannel channel = FileChannel.open(dirs.data().resolve(".sample.lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    channel.lock(); // released when the channel closes
                    if (!isInstalled(home, version)) {
                        JGitConfigRedirect.install(dirs.state().resolve("jgit").resolve("config"));
                        install(home, version);
                    }
                }
            } catch (IOException | GitAPIException e) {
                throw new WorkbenchException("Could not install the sample workspace into " + home + " ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Check that the folder is"
                        + " writable and the disk is not full, then start again.", e);
            }
        }
        return home;
    }

    /** True when {@code home} holds a complete install of {@code version}. */
    static boolean isInstalled(Path home, String version) {
        Path marker = home.resolve(MARKER);
        try {
            return Files.isRegularFile(home.resolve("workbench.yaml")) && Files.isRegularFile(marker)
                    && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(version);
        } catch (IOException e) {
            return false;
        }
    }

    private void install(Path home, String version) throws IOException, GitAPIException {
        Path data = home.getParent();
        deleteLeftovers(data);
        Path build = Files.createTempDirectory(data, TEMP_PREFIX);
        try {
            try (BundledSample bundle = BundledSample.open(resources)) {
                Trees.copy(bundle.workspace(), build);
                SampleRepository.build(bundle.target(), build.resolve("repo"));
            }
            Files.writeString(build.resolve(MARKER), version + "\n", StandardCharsets.UTF_8);
            replace(home, build);
        } finally {
            Trees.deleteRecursively(build);
        }
        LOG.info("Installed the sample workspace {} (version {})", home, version);
    }

    /** Moves {@code build} to {@code home}, moving an earlier install out of the way first. */
    private void replace(Path home, Path build) throws IOException {
        Path previous = null;
        boolean keep = Files.isDirectory(home.resolve(".workbench"));
        // the user's record of the old sample (witness, backup copies) goes with it, or the new sample would be
        // refused as a store that was used and then deleted
        Path mine = UserWorkspaceDir.of(home);
        if (Files.exists(home)) {
            previous = freeSibling(home, keep ? FOLDER + "-" + LocalDateTime.now(clock).format(SUFFIX)
                    : TRASH_PREFIX + clock.millis());
            Files.move(home, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(build, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (previous != null && !Files.exists(home)) {
                Files.move(previous, home, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (keep) {
            LOG.warn("The sample workspace was replaced by a new version; the old one with your progress is"
                    + " kept in {}", previous);
            if (Files.isDirectory(mine)) {
                Path theirs = UserWorkspaceDir.of(previous);
                Files.createDirectories(theirs.getParent());
                Files.move(mine, theirs);
            }
        } else if (previous != null) {
            deleteQuietly(previous);
            deleteQuietly(mine);
        }
    }

    private static Path freeSibling(Path home, String name) {
        Path candidate = home.resolveSibling(name);
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = home.resolveSibling(name + "-" + i);
        }
        return candidate;
    }

    /** Removes what an interrupted install left behind; only called while holding the lock. */
    private static void deleteLeftovers(Path data) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(data, TEMP_PREFIX + "*")) {
            stale.forEach(SampleInstaller::deleteQuietly);
        }
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(data, TRASH_PREFIX + "*")) {
            stale.forEach(SampleInstaller::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Trees.deleteRecursively(path);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", path, e.toString());
        }
    }
}
