package org.migrationworkbench.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.sample.SampleTesting.dirsIn;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The sample comes out the same from a jar and whatever the user's git settings say. */
class SampleInstallerIsolationTest {
    @TempDir
    Path root;

    @BeforeAll
    static void setUp() {
        SampleTesting.keepJGitSettingsInTarget();
    }

    @Test
    void installsFromInsideAJar() throws Exception {
        Path jar = jarOfBundledSample(root.resolve("app.jar"));
        String expected = headOfPlainInstall();

        Path home;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            home = new SampleInstaller(loader, Clock.systemUTC()).ensureInstalled(dirsIn(root.resolve("jar")));
        }

        assertThat(home.resolve("checklists/cutover.md")).isRegularFile();
        assertThat(home.resolve("repo/.env.example")).isRegularFile();
        assertThat(SampleTesting.head(home.resolve("repo"))).isEqualTo(expected);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void userGitSettingsDoNotChangeTheSample() throws Exception {
        String expected = headOfPlainInstall();
        Path hooks = Files.createDirectories(root.resolve("hooks"));
        Path hook = Files.writeString(hooks.resolve("post-commit"),
                "#!/bin/sh\ntouch '" + root.resolve("hook-ran") + "'\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path ignores = Files.writeString(root.resolve("global-ignore"), "*.env\nreports/\n");
        Path userConfig = Files.writeString(root.resolve("gitconfig"), "[core]\n\thooksPath = " + hooks
                + "\n\texcludesFile = " + ignores + "\n\tautocrlf = true\n[commit]\n\tgpgSign = true\n\tcleanup = strip\n");

        SystemReader original = SystemReader.getInstance();
        SystemReader.setInstance(new SystemReader.Delegate(original) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, userConfig.toFile(), fs);
            }
        });
        Path repo;
        try {
            repo = new SampleInstaller().ensureInstalled(dirsIn(root.resolve("hostile"))).resolve("repo");
        } finally {
            SystemReader.setInstance(original);
        }

        assertThat(SampleTesting.head(repo)).isEqualTo(expected);
        assertThat(root.resolve("hook-ran")).doesNotExist();
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.getRepository().getConfig().getString("core", null, "excludesFile")).isNull();
        }
    }

    private String headOfPlainInstall() throws IOException {
        return SampleTesting.head(new SampleInstaller().ensureInstalled(dirsIn(root.resolve("plain"))).resolve("repo"));
    }

    /** A jar holding only configs/** of the test class path, like the shaded application jar. */
    private static Path jarOfBundledSample(Path jar) throws IOException {
        Path classes = Path.of("target", "classes");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes.resolve("configs"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
