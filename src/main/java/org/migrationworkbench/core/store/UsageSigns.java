package org.migrationworkbench.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.migrationworkbench.core.UserWorkspaceDir;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Signs that a workspace whose database file is missing had one: a sign-off chain head, a backup, or this user's
 * folder for it. Such a workspace is not given a new, empty store, which would look like a workspace nobody signed.
 */
final class UsageSigns {
    private UsageSigns() {
    }

    /**
     * @throws WorkbenchException naming what shows earlier use, and how to restore or start over, when there is any
     */
    static void refuseIfUsed(StoreConfig config) {
        Path dir = config.workbenchDir().orElseThrow();
        Path workspace = dir.getParent();
        List<String> signs = new ArrayList<>();
        Path head = dir.resolve("signoffs.head");
        if (Files.exists(head)) {
            signs.add("the sign-off chain head " + head);
        }
        if (Backups.any(config)) {
            signs.add("backups (newest " + Backups.newest(config).orElseThrow() + ")");
        }
        if (UserWorkspaceDir.inUse(workspace)) {
            signs.add("this user's record of it in " + UserWorkspaceDir.of(workspace));
        }
        if (signs.isEmpty()) {
            return;
        }
        String restore = Backups.newest(config).map(b -> " To restore the newest backup: workbench restore " + b
                + " --workspace " + workspace + ".").orElse("");
        throw new StoreMissingException("The workspace database " + config.databaseFile().orElseThrow()
                + " is missing, but this workspace was used before: " + String.join("; ", signs) + ". No empty "
                + "database was made in its place, so that nothing recorded before is silently lost." + restore
                + " To start over with an empty store on purpose, move " + String.join(" and ", startOver(head,
                workspace)) + " aside.");
    }

    private static List<String> startOver(Path head, Path workspace) {
        List<String> paths = new ArrayList<>();
        if (Files.exists(head)) {
            paths.add(head.toString());
        }
        if (Files.isDirectory(head.resolveSibling("backups"))) {
            paths.add(head.resolveSibling("backups").toString());
        }
        if (UserWorkspaceDir.inUse(workspace)) {
            paths.add(UserWorkspaceDir.of(workspace).toString());
        }
        return paths;
    }

    /** The workspace's database is missing although it was used. */
    public static final class StoreMissingException extends WorkbenchException {
        private static final long serialVersionUID = 1L;

        StoreMissingException(String message) {
            super(message);
        }
    }
}
