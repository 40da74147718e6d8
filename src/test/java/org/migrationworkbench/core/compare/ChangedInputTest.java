package org.migrationworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcCompareRepository;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

/**
 * A file that changes while it is compared gives no verdict: the result could match neither version. The engines'
 * own progress callback is the seam: the first time an engine reports work, the test changes a file.
 */
class ChangedInputTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    /** Runs {@code change} once, the first time the comparison reports progress (begin or work). */
    private static Progress changing(Runnable change) {
        AtomicBoolean done = new AtomicBoolean();
        return new Progress() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
                if (done.compareAndSet(false, true)) {
                    change.run();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(p, LONG_AGO);
        return p;
    }

    private static CompareResult compare(Path a, Path b, CompareOptions options, Progress progress) {
        return StandardComparators.create(CLOCK).compare(a, b, options, DifferenceSink.NONE, progress);
    }

    @ParameterizedTest
    @ValueSource(strings = {"log", "csv", "json"})
    void fileGrowingWhileItIsComparedGivesNoVerdict(String ext) throws IOException {
        String text = switch (ext) {
            case "csv" -> "id,v\n1,a\n2,b\n";
            case "json" -> "[{\"id\": 1, \"v\": \"a\"},\n {\"id\": 2, \"v\": \"b\"}]\n";
            default -> "one\ntwo\n";
        };
        Path a = write("old." + ext, text);
        Path b = write("new." + ext, text);
        CompareOptions options = CompareOptions.defaults().withKeys(ext.equals("log") ? List.of() : List.of("id"));

        assertThatThrownBy(() -> compare(a, b, options, changing(() -> append(a, "\n"))))
                .isInstanceOf(InputChangedException.class)
                .hasMessage(a + " changed while it was compared; compare again when it is complete.");
    }

    @Test
    void rewriteOfTheSameSizeIsCaughtByItsModificationTime() throws IOException {
        Path a = write("old.log", "one\ntwo\n");
        Path b = write("new.log", "one\ntwo\n");

        assertThatThrownBy(() -> compare(a, b, CompareOptions.defaults(), changing(() -> overwrite(b, "one\ntwX\n"))))
                .isInstanceOf(InputChangedException.class).hasMessageStartingWith(b + " changed");
    }

    @Test
    void rewriteThatPutsBackSizeAndModificationTimeIsStillCaught() throws IOException {
        Path a = write("old.log", "one\ntwo\n");
        Path b = write("new.log", "one\ntwo\n");
        FileStamp before = FileStamp.read(b).orElseThrow();
        assumeTrue(before.changed().isPresent(), "no change time (ctime) on this file system");

        assertThatThrownBy(() -> compare(a, b, CompareOptions.defaults(), changing(() -> {
            // the change time ticks coarsely (a few ms): rewrite until it shows, so the test cannot be flaky
            for (int i = 0; i < 100_000 && FileStamp.read(b).orElseThrow().changed().equals(before.changed()); i++) {
                overwrite(b, "one\ntwX\n");
                putBackModificationTime(b);
            }
            assertThat(FileStamp.read(b).orElseThrow()).extracting(FileStamp::size, FileStamp::modified)
                    .containsExactly(before.size(), before.modified());
        }))).isInstanceOf(InputChangedException.class);
    }

    @Test
    void unchangedFilesCompareAsBefore() throws IOException {
        Path a = write("old.log", "one\ntwo\n");
        Path b = write("new.log", "one\nthree\n");

        assertThat(compare(a, b, CompareOptions.defaults(), changing(() -> { })).changed()).isEqualTo(1);
    }

    @Test
    void changedFileInAFolderGivesNoVerdictForTheFolder() throws IOException {
        Files.createDirectories(dir.resolve("old"));
        Files.createDirectories(dir.resolve("new"));
        Path a = write("old/x.log", "one\n");
        write("new/x.log", "one\n");
        Comparisons comparisons = new Comparisons(Map.of(ComparedAs.TEXT, (oldFile, newFile, options, tally,
                progress) -> {
            append(a, "two\n");
            new LinesComparator().compare(oldFile, newFile, options, tally, progress);
        }), CLOCK);

        assertThatThrownBy(() -> comparisons.compare(dir.resolve("old"), dir.resolve("new"),
                CompareOptions.defaults(), DifferenceSink.NONE, Progress.NONE))
                .isInstanceOf(InputChangedException.class).hasMessageStartingWith(a + " changed");
    }

    @Test
    void declaredComparisonOfAChangingFileIsNotStored() throws Exception {
        TestWorkspaces.write(dir.resolve("workbench.yaml"), """
                name: Compare
                target: .
                phases:
                  - {id: p1, title: One}
                comparisons:
                  - id: logs
                    old: outputs/old.log
                    new: outputs/new.log
                """);
        TestWorkspaces.write(dir.resolve("outputs/old.log"), "alpha\n");
        TestWorkspaces.write(dir.resolve("outputs/new.log"), "alpha\n");
        Workspace ws = new WorkspaceLoader().load(dir).workspace();
        Comparison logs = ws.comparisons().get(0);
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root(), Map.of()))) {
            ComparisonService service = new ComparisonService(StandardComparators.create(CLOCK),
                    new JdbcCompareRepository(store.dataSource()), new JdbcAuditLog(store.dataSource()), CLOCK);

            assertThatThrownBy(() -> service.run(ws, logs, DifferenceSink.NONE,
                    changing(() -> append(dir.resolve("outputs/new.log"), "beta\n")), "test"))
                    .isInstanceOf(InputChangedException.class);
            assertThat(service.latest("logs")).isEmpty();
            assertThat(service.run(ws, logs, DifferenceSink.NONE, Progress.NONE, "test").result().added())
                    .isEqualTo(1);
        }
    }

    private static void putBackModificationTime(Path file) {
        try {
            Files.setLastModifiedTime(file, LONG_AGO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void overwrite(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
