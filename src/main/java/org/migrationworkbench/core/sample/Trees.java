package org.migrationworkbench.core.sample;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import org.migrationworkbench.core.WorkbenchException;

/** Copying and deleting folder trees, also between file systems (a jar's zip file system to the disk). */
final class Trees {
    private Trees() {
    }

    /** Copies every file below {@code from} into {@code to}, replacing files that are already there. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths.sorted()::iterator) {
                Path target = resolve(to, from.relativize(source));
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Resolves a relative path of any file system against {@code base}, name by name, refusing names that
     * would climb out of it (the paths come from bundled data, but a typo should fail loudly).
     */
    static Path resolve(Path base, Path relative) {
        if (relative.isAbsolute()) {
            throw new WorkbenchException("Path '" + relative + "' must be relative to " + base + ".");
        }
        Path result = base;
        for (Path name : relative) {
            String text = name.toString();
            if (text.equals("..")) {
                throw new WorkbenchException("Path '" + relative + "' leaves " + base + ".");
            }
            if (!text.isEmpty() && !text.equals(".")) {
                result = result.resolve(text);
            }
        }
        return result;
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // git keeps pack files read-only, which stops Files.delete on Windows
                file.toFile().setWritable(true);
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
