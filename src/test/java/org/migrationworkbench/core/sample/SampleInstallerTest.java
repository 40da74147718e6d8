package org.migrationworkbench.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.sample.SampleTesting.dirsIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.AppDirs;

class SampleInstallerTest {
    private static final Clock CLOCK = Clock.fixed(
            LocalDateTime.parse("2026-10-20T14:03:11").toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path root;

    private final SampleInstaller installer = new SampleInstaller(getClass().getClassLoader(), CLOCK);

    @BeforeAll
    static void setUp() {
        SampleTesting.keepJGitSettingsInTarget();
    }

    @Test
    void installCopiesTheWorkspaceAndBuildsTheRepository() throws Exception {
        Path home = installer.ensureInstalled(dirsIn(root));

        assertThat(home).isEqualTo(root.resolve("data/sample"));
        assertThat(home.resolve("workbench.yaml")).isRegularFile();
        assertThat(home.resolve("checklists")).isDirectoryContaining("glob:**/pipeline-migration.md")
                .isDirectoryContaining("glob:**/parallel-run.md").isDirectoryContaining("glob:**/cutover.md");
        assertThat(home.resolve("outputs/old/scores.json")).isRegularFile();
        assertThat(home.resolve("outputs/new/summary.csv")).isRegularFile();
        assertThat(home.resolve(SampleInstaller.MARKER)).content()
                .isEqualToIgnoringNewLines(BundledSample.version(getClass().getClassLoader()));
        assertThat(home.resolve("history.yaml")).doesNotExist();
        assertThat(home.resolve("overlays")).doesNotExist();

        Path repo = home.resolve("repo");
        assertThat(SampleTesting.subjects(repo)).isEqualTo(SampleTesting.COMMITS);
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
            assertThat(git.status().call().isClean()).isTrue();
            assertThat(git.getRepository().getConfig().getString("core", null, "hooksPath")).isNull();
        }
        assertThat(repo.resolve("sandbox")).doesNotExist();
    }

    @Test
    void secondCallReturnsWithoutCopying() throws Exception {
        AppDirs dirs = dirsIn(root);
        Path home = installer.ensureInstalled(dirs);
        Path sentinel = Files.writeString(home.resolve("notes.txt"), "mine");
        FileTime copied = Files.getLastModifiedTime(home.resolve("workbench.yaml"));

        long started = System.nanoTime();
        assertThat(installer.ensureInstalled(dirs)).isEqualTo(home);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(sentinel).hasContent("mine");
        assertThat(Files.getLastModifiedTime(home.resolve("workbench.yaml"))).isEqualTo(copied);
        assertThat(millis).as("time of the already-installed check").isLessThan(500);
    }

    @Test
    void missingMarkerTriggersAReinstall() throws Exception {
        AppDirs dirs = dirsIn(root);
        Path home = installer.ensureInstalled(dirs);
        String original = Files.readString(home.resolve("workbench.yaml"));
        Files.delete(home.resolve(SampleInstaller.MARKER));
        Files.writeString(home.resolve("workbench.yaml"), "name: half-copied");
        Files.writeString(home.resolve("notes.txt"), "left over");

        installer.ensureInstalled(dirs);

        assertThat(home.resolve("workbench.yaml")).hasContent(original);
        assertThat(home.resolve(SampleInstaller.MARKER)).exists();
        assertThat(home.resolve("notes.txt")).doesNotExist();
        assertThat(SampleTesting.subjects(home.resolve("repo"))).hasSameSizeAs(SampleTesting.COMMITS);
        assertThat(siblings(dirs)).containsExactlyInAnyOrder(".sample.lock", "sample");
    }

    @Test
    void newVersionKeepsTheOldInstallWhenItHoldsProgress() throws Exception {
        AppDirs dirs = dirsIn(root);
        Path home = installer.ensureInstalled(dirs);
        Files.writeString(home.resolve(SampleInstaller.MARKER), "an-older-version\n");
        Files.createDirectories(home.resolve(".workbench"));
        Files.writeString(home.resolve(".workbench/store.mv.db"), "progress");
        Path witness = org.migrationworkbench.core.UserWorkspaceDir.of(home).resolve("signoffs.witness");
        Files.createDirectories(witness.getParent());
        Files.writeString(witness, "3 " + "a".repeat(64) + "\n");

        installer.ensureInstalled(dirs);

        Path kept = dirs.data().resolve("sample-20261020-140311");
        assertThat(kept.resolve(".workbench/store.mv.db")).hasContent("progress");
        // the user's record of the old sample goes with it, so the new sample opens as a new workspace
        assertThat(org.migrationworkbench.core.UserWorkspaceDir.of(home)).doesNotExist();
        assertThat(org.migrationworkbench.core.UserWorkspaceDir.of(kept).resolve("signoffs.witness"))
                .hasContent("3 " + "a".repeat(64) + "\n");
        assertThat(kept.resolve(SampleInstaller.MARKER)).hasContent("an-older-version");
        assertThat(home.resolve(".workbench")).doesNotExist();
        assertThat(SampleInstaller.isInstalled(home, BundledSample.version(getClass().getClassLoader()))).isTrue();
    }

    @Test
    void newVersionWithoutProgressLeavesNothingBehind() throws Exception {
        AppDirs dirs = dirsIn(root);
        Path home = installer.ensureInstalled(dirs);
        Files.writeString(home.resolve(SampleInstaller.MARKER), "an-older-version\n");
        Files.createDirectories(dirs.data().resolve("sample.tmp-123/repo"));

        installer.ensureInstalled(dirs);

        assertThat(siblings(dirs)).containsExactlyInAnyOrder(".sample.lock", "sample");
    }

    @Test
    void commitIdsAreTheSameOnEveryInstall() throws Exception {
        Path first = installer.ensureInstalled(dirsIn(root.resolve("a"))).resolve("repo");
        Path second = installer.ensureInstalled(dirsIn(root.resolve("b"))).resolve("repo");

        assertThat(SampleTesting.head(first)).isEqualTo(SampleTesting.head(second));
    }

    private static List<String> siblings(AppDirs dirs) throws Exception {
        try (Stream<Path> files = Files.list(dirs.data())) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
