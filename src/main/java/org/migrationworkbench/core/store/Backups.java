package org.migrationworkbench.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.migrationworkbench.core.UserWorkspaceDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a workspace's backups are: {@code .workbench/backups} and a copy under the user's data folder
 * ({@link UserWorkspaceDir}), which survives the workspace's {@code .workbench} folder being deleted.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private Backups() {
    }

    /** The copy under the user's data folder for the workspace of {@code config}, when it is a workspace file. */
    public static Optional<Path> userDir(StoreConfig config) {
        return config.workbenchDir().map(dir -> UserWorkspaceDir.of(dir.getParent()).resolve("backups"));
    }

    /** Both folders, the workspace's first. */
    static List<Path> folders(StoreConfig config) {
        return Stream.concat(config.backupDir().stream(), userDir(config).stream()).toList();
    }

    /** The most recently written backup zip in either folder, if any. */
    public static Optional<Path> newest(StoreConfig config) {
        return folders(config).stream().flatMap(Backups::zips)
                .max(Comparator.comparing(Backups::modified).thenComparing(Path::getFileName));
    }

    /** True when either folder holds a backup: the workspace had a store before. */
    static boolean any(StoreConfig config) {
        return folders(config).stream().flatMap(Backups::zips).findAny().isPresent();
    }

    /** Copies {@code backup} into the user's folder; logged and ignored when that fails. */
    static void copyToUserDir(StoreConfig config, Path backup) {
        userDir(config).ifPresent(dir -> {
            try {
                Files.createDirectories(dir);
                Files.copy(backup, dir.resolve(backup.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                LOG.warn("Could not copy the backup {} to {}: {}", backup, dir, e.getMessage());
            }
        });
    }

    private static Stream<Path> zips(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList().stream();
        } catch (IOException e) {
            LOG.debug("Could not list backups in {}", dir, e);
            return Stream.empty();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
