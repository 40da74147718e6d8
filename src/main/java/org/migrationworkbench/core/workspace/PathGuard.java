package org.migrationworkbench.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps relative paths inside a base folder: no absolute paths, no {@code ..} above the base, and no
 * symlink whose real target lies outside the base's real path.
 */
public final class PathGuard {
    private final Path base;
    private final Path realBase;
    private final String baseName;

    /** {@code baseName} names the base in messages ("the workspace", "the target repository"). */
    public PathGuard(Path base, String baseName) {
        this.base = base.toAbsolutePath().normalize();
        this.realBase = realOrSelf(this.base);
        this.baseName = baseName;
    }

    /** Resolves {@code relative} inside the base, or returns the reason it may not be used. */
    public Result resolve(String relative) {
        if (relative == null || relative.isBlank()) {
            return Result.error("empty path");
        }
        Path given;
        try {
            given = Path.of(relative);
        } catch (InvalidPathException e) {
            return Result.error("not a valid path: " + e.getReason());
        }
        if (given.isAbsolute() || relative.startsWith("~") || relative.startsWith("\\")) {
            return Result.error("absolute path '" + relative + "' is not allowed; use a path relative to "
                    + baseName);
        }
        Path resolved = base.resolve(given).normalize();
        if (!resolved.startsWith(base)) {
            return Result.error("path '" + relative + "' leaves " + baseName);
        }
        Path real = realOfNearestExisting(resolved);
        if (!real.startsWith(realBase)) {
            return Result.error("path '" + relative + "' resolves through a symbolic link to " + real
                    + ", outside " + baseName);
        }
        return new Result(Optional.of(resolved), Optional.empty());
    }

    /** Checks a glob by its literal prefix (the segments before the first wildcard). */
    public Result resolveGlob(String glob) {
        if (glob == null || glob.isBlank()) {
            return Result.error("empty glob");
        }
        String[] segments = glob.split("/", -1);
        // checked on every segment: a '..' after a wildcard ('src/*/../../..') climbs as well
        if (java.util.Arrays.asList(segments).contains("..")) {
            return Result.error("glob '" + glob + "' may not contain '..'");
        }
        StringBuilder prefix = new StringBuilder();
        for (String segment : segments) {
            if (segment.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
                break;
            }
            prefix.append(segment).append('/');
        }
        if (glob.startsWith("/") || glob.startsWith("~")) {
            return Result.error("absolute glob '" + glob + "' is not allowed; use a path relative to " + baseName);
        }
        return prefix.length() == 0 ? new Result(Optional.of(base), Optional.empty()) : resolve(prefix.toString());
    }

    private static Path realOfNearestExisting(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            // a dangling symlink: its real target is unknown, so it cannot be shown to stay inside
            return Path.of("<dangling link " + existing + ">");
        }
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** A resolved path, or the reason the given one was refused. */
    public record Result(Optional<Path> path, Optional<String> error) {
        static Result error(String message) {
            return new Result(Optional.empty(), Optional.of(message));
        }
    }
}
