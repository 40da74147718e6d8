package org.migrationworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.testing.Fifos;

/**
 * FIFOs, devices and sockets are refused before anything opens them: opening a FIFO blocks until someone writes,
 * and /dev/zero never ends. The timeouts run the test on a thread of its own, so a regression fails instead of
 * hanging the build.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpecialFileSidesTest {
    private static final Path DEV_ZERO = Path.of("/dev/zero");

    @TempDir
    Path dir;

    private final Comparisons comparisons = StandardComparators.create(Clock.systemUTC());

    private CompareResult compare(Path a, Path b) {
        return comparisons.compare(a, b, CompareOptions.defaults(), DifferenceSink.NONE, Progress.NONE);
    }

    private Path fifo(Path at) throws InterruptedException {
        return Fifos.make(at);
    }

    @Test
    void fifoSideIsRefusedAtOnceNamingItsPathAndWhatItIs() throws Exception {
        Path pipe = fifo(dir.resolve("out.log"));
        Path file = Files.writeString(dir.resolve("new.log"), "a\n");

        assertThatThrownBy(() -> compare(pipe, file)).isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("The old side " + pipe + " is a FIFO (named pipe)");
        assertThatThrownBy(() -> compare(file, pipe)).hasMessageContaining("The new side " + pipe + " is a FIFO");
    }

    @Test
    void deviceSideIsRefusedInsteadOfReadForever() throws IOException {
        assumeTrue(Files.exists(DEV_ZERO), "no /dev/zero here");
        Path file = Files.write(dir.resolve("a.bin"), new byte[] {0, 1});

        assertThatThrownBy(() -> compare(DEV_ZERO, file)).isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("The old side /dev/zero is a character device");
    }

    @Test
    void symbolicLinkToADeviceIsFollowedAndRefused() throws IOException {
        assumeTrue(Files.exists(DEV_ZERO), "no /dev/zero here");
        Path link = Files.createSymbolicLink(dir.resolve("zero.bin"), DEV_ZERO);
        Path file = Files.write(dir.resolve("a.bin"), new byte[] {0, 1});

        assertThatThrownBy(() -> compare(file, link)).hasMessageContaining("The new side " + link
                + " is a character device");
    }

    @Test
    void fifoInsideAFolderIsRefusedNamingIt() throws Exception {
        Files.createDirectories(dir.resolve("old"));
        Files.createDirectories(dir.resolve("new"));
        Files.writeString(dir.resolve("old/a.txt"), "a\n");
        Files.writeString(dir.resolve("new/a.txt"), "a\n");
        Path pipe = fifo(dir.resolve("new/b.txt"));

        assertThatThrownBy(() -> compare(dir.resolve("old"), dir.resolve("new")))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining(pipe + " is a FIFO (named pipe)");
    }

    @Test
    void regularFilesAndFoldersStillCompare() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "x\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "x\n");

        assertThat(compare(a, b).identical()).isTrue();
        assertThat(compare(dir, dir).identical()).isTrue();
    }
}
