package org.migrationworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.migrationworkbench.core.guide.GeneratedGuide;
import org.migrationworkbench.core.guide.Guide;
import org.migrationworkbench.core.guide.GuideImporter;
import org.migrationworkbench.core.guide.ItemMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long importing a large Markdown guide takes: read, decode, parse and build a 2 MB file of 20,000 task items
 * in 100 phase sections (see {@link GeneratedGuide}). Run with {@code scripts/bench/guide-import.sh}; the target
 * is one second or less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuideImportBenchmark {
    private final GuideImporter importer = new GuideImporter();
    private Path file;

    @Setup(Level.Trial)
    public void writeGuide() throws IOException {
        file = Files.createTempFile("guide-bench", ".md");
        Files.writeString(file, GeneratedGuide.markdown());
        check(importer.read(file, ItemMode.AUTO));
    }

    @TearDown(Level.Trial)
    public void deleteGuide() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Guide importGuide() {
        return importer.read(file, ItemMode.AUTO);
    }

    /** Fails the trial when the generated guide is not what this benchmark claims to measure. */
    static void check(Guide guide) {
        if (guide.items().size() != GeneratedGuide.ITEMS || !guide.warnings().isEmpty()) {
            throw new IllegalStateException("generated guide is not the one measured: " + guide.items().size()
                    + " items, warnings " + guide.warnings());
        }
    }
}
