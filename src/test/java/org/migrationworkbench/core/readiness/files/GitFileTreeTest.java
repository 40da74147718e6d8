package org.migrationworkbench.core.readiness.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitFileTreeTest {
    @TempDir
    Path temp;

    @Test
    void listsFilesSortedWithSlashesAndLeavesOutGitAndIgnoredFiles() throws Exception {
        Fixture f = new Fixture(temp);
        Git.init().setDirectory(f.repo.toFile()).call().close();
        f.write(".gitignore", "*.log\nbuild/\n!keep.log\n")
                .write("b.py", "x").write("a/z.py", "x").write("a/run.log", "x").write("keep.log", "x")
                .write("build/out.txt", "x").write("a/.gitignore", "secret.txt\n").write("a/secret.txt", "x")
                .write("secret.txt", "x").write(".git/info/exclude", "local.txt\n").write("local.txt", "x");

        assertThat(new GitFileTree(f.repo).files())
                .containsExactly(".gitignore", "a/.gitignore", "a/z.py", "b.py", "keep.log", "secret.txt");
    }

    @Test
    void aRepositoryReachedThroughASymbolicLinkIsWalked() throws Exception {
        Fixture f = new Fixture(temp);
        f.write("src/a.py", "x").write("b.md", "x");
        Path link = java.nio.file.Files.createSymbolicLink(temp.resolve("link-to-repo"), f.repo);
        assertThat(new GitFileTree(link).files()).containsExactly("b.md", "src/a.py");
    }

    @Test
    void deeperGitignoreCanReincludeWhatTheRootIgnores() {
        Fixture f = new Fixture(temp);
        f.write(".gitignore", "*.txt\n").write("docs/.gitignore", "!notes.txt\n")
                .write("docs/notes.txt", "x").write("docs/other.txt", "x");

        assertThat(new GitFileTree(f.repo).files()).containsExactly(".gitignore", "docs/.gitignore", "docs/notes.txt");
    }

    @Test
    void worksOnAFolderThatIsNotARepositoryOrDoesNotExist() {
        Fixture f = new Fixture(temp);
        f.write(".gitignore", "tmp/\n").write("tmp/x", "x").write("src/a.java", "x");

        assertThat(new GitFileTree(f.repo).files()).containsExactly(".gitignore", "src/a.java");
        assertThat(new GitFileTree(temp.resolve("nowhere")).files()).isEmpty();
    }

    @Test
    void doubleStarGlobAlsoMatchesAtTheTop() {
        Fixture f = new Fixture(temp);
        f.write("x.py", "x").write("src/y.py", "x").write("src/y.java", "x");
        GitFileTree tree = new GitFileTree(f.repo);

        assertThat(tree.matching("**/*.py")).containsExactly("src/y.py", "x.py");
        assertThat(tree.matching("src/*")).containsExactly("src/y.java", "src/y.py");
        assertThat(tree.matching(List.of("*.py", "**/*.java"))).containsExactly("src/y.java", "x.py");
    }
}
