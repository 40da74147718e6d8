package org.migrationworkbench.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import org.migrationworkbench.core.UserWorkspaceDir;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Restores a {@link BackupArchive} in two steps, so that a backup that does not verify never replaces anything:
 * {@link #stage} unpacks it beside the workspace's store, where the caller opens and verifies it, then
 * {@link #install} swaps it in under the workspace lock, keeping the files it replaces.
 */
public final class StoreRestore {
    private static final String STAGING = ".workbench-restore";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private StoreRestore() {
    }

    /** A backup unpacked into a workspace-shaped folder of its own, ready to be opened and verified. */
    public record Staged(Path root, boolean hasHead) {
        /** The store of the unpacked backup. */
        public StoreConfig config() {
            return StoreConfig.forWorkspace(root, Map.of());
        }

        /** Its chain head file (may not exist). */
        public Path headFile() {
            return root.resolve(StoreConfig.DIRECTORY).resolve(BackupArchive.HEAD);
        }
    }

    /**
     * Unpacks {@code zip} into {@code <workspace>/.workbench-restore}, replacing what an earlier attempt left there.
     *
     * @throws WorkbenchException when it is no workspace backup
     */
    public static Staged stage(Path zip, Path workspaceRoot) {
        if (!Files.isRegularFile(zip)) {
            throw new WorkbenchException("The backup " + zip + " does not exist or is not a file.");
        }
        Path root = workspaceRoot.toAbsolutePath().normalize().resolve(STAGING);
        discard(new Staged(root, false));
        boolean head = BackupArchive.extract(zip, root.resolve(StoreConfig.DIRECTORY));
        return new Staged(root, head);
    }

    /**
     * Replaces the store of {@code config} by {@code staged}: takes the workspace lock, moves the current database
     * and head (when there are any) into {@code .workbench/replaced-<time>/}, moves the staged ones in, and removes
     * the staging folder.
     *
     * @return the folder holding the replaced files, when anything was replaced
     * @throws WorkspaceLockedException when the workspace is open elsewhere (nothing is changed)
     */
    public static Optional<Path> install(StoreConfig config, Staged staged) {
        Path dir = config.workbenchDir().orElseThrow(() -> new WorkbenchException("Only a workspace's own store "
                + "file can be restored; a database named by " + StoreConfig.URL_VARIABLE + " is restored by whoever "
                + "runs it."));
        try (WorkspaceLock lock = WorkspaceLock.acquire(config.lockFile().orElseThrow())) {
            Path replaced = dir.resolve("replaced-" + STAMP.format(Instant.now()));
            boolean any = false;
            for (String name : new String[] {BackupArchive.DATABASE, BackupArchive.HEAD}) {
                if (Files.exists(dir.resolve(name))) {
                    Files.createDirectories(replaced);
                    Files.move(dir.resolve(name), replaced.resolve(name));
                    any = true;
                }
            }
            Path from = staged.root().resolve(StoreConfig.DIRECTORY);
            Files.move(from.resolve(BackupArchive.DATABASE), dir.resolve(BackupArchive.DATABASE));
            if (Files.exists(from.resolve(BackupArchive.HEAD))) {
                Files.copy(from.resolve(BackupArchive.HEAD), dir.resolve(BackupArchive.HEAD),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            discard(staged);
            return any ? Optional.of(replaced) : Optional.empty();
        } catch (IOException e) {
            throw new WorkbenchException("Could not put the restored database into " + dir + ": " + e.getMessage()
                    + ". The files it was to replace are in " + dir + " or its replaced-* folder.", e);
        }
    }

    /** Removes the staging folder and what opening it left in the user's folder. */
    public static void discard(Staged staged) {
        Path mine = UserWorkspaceDir.of(staged.root()); // named by the real path: find it while the folder exists
        deleteTree(staged.root());
        deleteTree(mine);
    }

    private static void deleteTree(Path dir) {
        try {
            Folders.delete(dir);
        } catch (IOException e) {
            throw new WorkbenchException("Could not remove " + dir + ": " + e.getMessage(), e);
        }
    }
}
