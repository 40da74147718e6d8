package org.migrationworkbench.core.compare;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.migrationworkbench.core.WorkbenchException;

/**
 * A {@code git:<ref>:<path>} side: the file or folder at that revision of the target repository, written to a
 * temporary folder (streamed blob by blob) that is deleted on close.
 */
public final class GitSide implements AutoCloseable {
    private final Path tempDir;
    private final Path path;

    private GitSide(Path tempDir, Path path) {
        this.tempDir = tempDir;
        this.path = path;
    }

    /** The file or folder, under the temporary folder. */
    public Path path() {
        return path;
    }

    public static GitSide checkout(Path repository, String ref, String repoPath) {
        String spec = "git:" + ref + ":" + repoPath;
        try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir(repository)).setMustExist(true).build();
             RevWalk walk = new RevWalk(repo)) {
            ObjectId commit = repo.resolve(ref + "^{commit}");
            if (commit == null) {
                throw new WorkbenchException(spec + ": no revision '" + ref + "' in " + repository);
            }
            var tree = walk.parseCommit(commit).getTree();
            Path temp = Files.createTempDirectory("workbench-git-");
            String clean = repoPath.replaceAll("^/+|/+$", "");
            if (clean.isEmpty() || clean.equals(".")) {
                writeTree(repo, tree, temp.resolve("root"));
                return new GitSide(temp, temp.resolve("root"));
            }
            try (TreeWalk at = TreeWalk.forPath(repo, clean, tree)) {
                if (at == null) {
                    delete(temp);
                    throw new WorkbenchException(spec + ": '" + clean + "' does not exist at " + ref);
                }
                Path out = temp.resolve(Path.of(clean).getFileName().toString());
                if (FileMode.TREE.equals(at.getFileMode(0))) {
                    writeTree(repo, at.getObjectId(0), out);
                } else {
                    write(repo, at.getObjectId(0), out);
                }
                return new GitSide(temp, out);
            }
        } catch (IOException e) {
            throw new WorkbenchException(spec + ": cannot be read from " + repository + " (" + e.getMessage() + ")", e);
        }
    }

    private static java.io.File gitDir(Path repository) {
        Path dotGit = repository.resolve(Constants.DOT_GIT);
        return (Files.isDirectory(dotGit) ? dotGit : repository).toFile();
    }

    private static void writeTree(Repository repo, ObjectId tree, Path out) throws IOException {
        Files.createDirectories(out);
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            while (walk.next()) {
                if (FileMode.REGULAR_FILE.equals(walk.getFileMode(0))
                        || FileMode.EXECUTABLE_FILE.equals(walk.getFileMode(0))) {
                    Path file = out.resolve(walk.getPathString()).normalize();
                    if (!file.startsWith(out)) {
                        throw new IOException("path leaves the folder: " + walk.getPathString());
                    }
                    Files.createDirectories(file.getParent());
                    write(repo, walk.getObjectId(0), file);
                }
            }
        }
    }

    private static void write(Repository repo, ObjectId blob, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            repo.open(blob, Constants.OBJ_BLOB).copyTo(out);
        }
    }

    @Override
    public void close() {
        try {
            delete(tempDir);
        } catch (IOException e) {
            throw new WorkbenchException("Could not delete " + tempDir + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
