package org.migrationworkbench.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The folder the current user keeps for one workspace outside it, under
 * {@code $XDG_DATA_HOME/migration-workbench/workspaces/<name>-<hash of its path>}: copies of the automatic backups
 * and the sign-off witness, which must survive the workspace's own {@code .workbench} folder being deleted.
 */
public final class UserWorkspaceDir {
    private UserWorkspaceDir() {
    }

    /** The folder for the workspace at {@code workspaceRoot} (not created). */
    public static Path of(Path workspaceRoot) {
        Path root = real(workspaceRoot);
        String name = root.getFileName() == null ? "root" : root.getFileName().toString()
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String hash = HexFormat.of().formatHex(sha256(root.toString())).substring(0, 16);
        return AppDirs.fromEnvironment().data().resolve("workspaces")
                .resolve((name.isEmpty() ? "workspace" : name) + "-" + hash);
    }

    private static Path real(Path workspaceRoot) {
        Path absolute = workspaceRoot.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** True when the folder exists and holds anything, i.e. the workspace was used here before. */
    public static boolean inUse(Path workspaceRoot) {
        Path dir = of(workspaceRoot);
        try (var files = Files.list(dir)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }
}
