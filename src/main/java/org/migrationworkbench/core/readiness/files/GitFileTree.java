package org.migrationworkbench.core.readiness.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.migrationworkbench.core.readiness.FileTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of a repository folder as git sees them: {@code .git} left out, and what {@code .gitignore} files (at
 * every level) and {@code .git/info/exclude} ignore left out, with git's precedence (the deepest
 * {@code .gitignore} decides first, {@code info/exclude} last). Works on a plain folder too (then only
 * {@code .gitignore} files count). Symbolic links are left out, so no rule reads outside the repository.
 *
 * <p>The walk happens once, on first use, guarded so that concurrent callers wait for the same walk.
 * Paths are relative with {@code /} separators, sorted by {@link String#compareTo}.
 */
public final class GitFileTree implements FileTree {
    private static final Logger LOG = LoggerFactory.getLogger(GitFileTree.class);

    private final Path root;
    private volatile List<String> files;

    public GitFileTree(Path root) {
        this.root = real(Objects.requireNonNull(root, "root").toAbsolutePath().normalize());
    }

    /** A repository reached through a symbolic link is walked at its real place (the walk follows no links). */
    private static Path real(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (IOException e) {
            return path;
        }
    }

    @Override
    public List<String> files() {
        List<String> walked = files;
        if (walked == null) {
            synchronized (this) {
                walked = files;
                if (walked == null) {
                    walked = walk();
                    files = walked;
                }
            }
        }
        return walked;
    }

    @Override
    public List<String> matching(String glob) {
        return files().stream().filter(Globs.matcher(glob)).toList();
    }

    @Override
    public Predicate<String> anyOf(List<String> globs) {
        return Globs.anyOf(globs);
    }

    private List<String> walk() {
        long started = System.nanoTime();
        List<String> found = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try {
                Files.walkFileTree(root, new Visitor(found));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the files of " + root + ": " + e.getMessage(), e);
            }
        }
        Collections.sort(found);
        LOG.debug("Walked {}: {} files in {} ms", root, found.size(), (System.nanoTime() - started) / 1_000_000);
        return List.copyOf(found);
    }

    /** An ignore file's rules with the folder (relative, "" for the root) its patterns are relative to. */
    private record Rules(String base, IgnoreNode node) {
        Boolean check(String path, boolean directory) {
            return node.checkIgnored(base.isEmpty() ? path : path.substring(base.length() + 1), directory);
        }
    }

    private final class Visitor extends SimpleFileVisitor<Path> {
        private final List<String> found;
        /** The .gitignore rules of the folders being visited, deepest first; info/exclude stays last. */
        private final Deque<Rules> stack = new ArrayDeque<>();
        private final Deque<Boolean> pushed = new ArrayDeque<>();

        Visitor(List<String> found) {
            this.found = found;
            read(root.resolve(".git/info/exclude")).ifPresent(node -> stack.push(new Rules("", node)));
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String relative = relative(dir);
            if (!relative.isEmpty() && (dir.getFileName().toString().equals(".git") || ignored(relative, true))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            var node = read(dir.resolve(".gitignore"));
            node.ifPresent(n -> stack.push(new Rules(relative, n)));
            pushed.push(node.isPresent());
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (pushed.pop()) {
                stack.pop();
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String relative = relative(file);
            if (attrs.isRegularFile() && !file.getFileName().toString().equals(".git") && !ignored(relative, false)) {
                found.add(relative);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            LOG.warn("Cannot read {}: {}", file, e.toString());
            return FileVisitResult.CONTINUE;
        }

        private boolean ignored(String relative, boolean directory) {
            for (Iterator<Rules> it = stack.iterator(); it.hasNext(); ) {
                Boolean decided = it.next().check(relative, directory);
                if (decided != null) {
                    return decided;
                }
            }
            return false;
        }

        private String relative(Path path) {
            return root.relativize(path).toString().replace('\\', '/');
        }
    }

    private static Optional<IgnoreNode> read(Path ignoreFile) {
        if (!Files.isRegularFile(ignoreFile)) {
            return Optional.empty();
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(ignoreFile)) {
            node.parse(ignoreFile.toString(), in);
        } catch (IOException e) {
            LOG.warn("Cannot read ignore file {}: {}", ignoreFile, e.toString());
            return Optional.empty();
        }
        return Optional.of(node);
    }
}
