package org.migrationworkbench.core.compare.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.testing.CountingProgress;

/** The generated small pair (gen.py, seed 20240601) against its truth file, in memory and spilled to disk. */
class CsvGeneratedPairTest {
    @TempDir
    Path spillDir;

    private final Path oldFile = resource("csv_small_old.csv");
    private final Path newFile = resource("csv_small_new.csv");
    private final CompareOptions options = CsvPair.keyed("id");

    @Test
    void countsMatchTheGeneratorsTruth() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(resource("truth_csv_small.json").toFile());

        CsvPair pair = CsvPair.compareFiles(oldFile, newFile, options, new CsvComparator(), Progress.NONE);

        assertThat(pair.result.changed()).isEqualTo(truth.get("changed_rows").asLong());
        assertThat(pair.result.changedFields()).isEqualTo(truth.get("changed_cells").asLong());
        assertThat(pair.result.removed()).isEqualTo(truth.get("removed_rows").asLong());
        assertThat(pair.result.added()).isEqualTo(truth.get("added_rows").asLong());
        assertThat(pair.result.oldCount()).isEqualTo(truth.get("old_rows").asLong());
        assertThat(pair.result.newCount()).isEqualTo(truth.get("new_rows").asLong());
        assertThat(pair.result.duplicates()).isZero();
    }

    @Test
    void inputDigestTakenWhileReadingEqualsTheOneReadSeparately() {
        var result = org.migrationworkbench.core.compare.StandardComparators.create(java.time.Clock.systemUTC())
                .compare(oldFile, newFile, options, d -> { }, Progress.NONE);
        assertThat(result.inputDigest())
                .isEqualTo(org.migrationworkbench.core.compare.InputDigest.of(oldFile, newFile, options));
    }

    @Test
    void spillingTheIndexToDiskGivesTheSameResultAndCleansUp() {
        CsvPair inMemory = CsvPair.compareFiles(oldFile, newFile, options, new CsvComparator(), Progress.NONE);
        AtomicBoolean spilled = new AtomicBoolean();
        Progress watching = progress(() -> spilled.compareAndSet(false, hasFiles(spillDir)), () -> false);

        CsvPair onDisk = CsvPair.compareFiles(oldFile, newFile, options.withSpillDirectory(spillDir),
                new CsvComparator(16 * 1024), watching);

        assertThat(spilled).isTrue();
        assertThat(hasFiles(spillDir)).isFalse();
        assertThat(onDisk.result.changed()).isEqualTo(inMemory.result.changed());
        assertThat(onDisk.result.changedFields()).isEqualTo(inMemory.result.changedFields());
        assertThat(onDisk.result.added()).isEqualTo(inMemory.result.added());
        assertThat(onDisk.result.removed()).isEqualTo(inMemory.result.removed());
        assertThat(onDisk.differences).isEqualTo(inMemory.differences);
    }

    @Test
    void progressCountsEveryByteOfBothFiles() throws IOException {
        CountingProgress counting = CountingProgress.counting();

        CsvPair.compareFiles(oldFile, newFile, options, new CsvComparator(), counting);

        assertThat(counting.total()).isEqualTo(Files.size(oldFile) + Files.size(newFile));
        long headers = 2L * (Files.readAllLines(oldFile).get(0).length() + 1);
        assertThat(counting.worked()).isEqualTo(counting.total() - headers);
    }

    @Test
    void cancellingStopsTheComparisonAndRemovesSpillFiles() {
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress cancelling = progress(() -> cancelled.set(true), cancelled::get);

        assertThatThrownBy(() -> CsvPair.compareFiles(oldFile, newFile, options.withSpillDirectory(spillDir),
                new CsvComparator(16 * 1024), cancelling)).isInstanceOf(CancelledException.class);
        assertThat(hasFiles(spillDir)).isFalse();
    }

    @Test
    void aComparisonCancelledBeforeItStartsReadsNothing() {
        AtomicLong worked = new AtomicLong();
        Progress cancelled = progress(() -> worked.incrementAndGet(), () -> true);

        assertThatThrownBy(() -> CsvPair.compareFiles(oldFile, newFile, options, new CsvComparator(), cancelled))
                .isInstanceOf(CancelledException.class);
        assertThat(worked).hasValue(0);
    }

    private static Progress progress(Runnable onWorked, java.util.function.BooleanSupplier cancelled) {
        return new Progress() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
                onWorked.run();
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    private static boolean hasFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(CsvGeneratedPairTest.class.getResource("/compare/generated/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
