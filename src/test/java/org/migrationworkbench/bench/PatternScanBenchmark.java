package org.migrationworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.readiness.files.GitFileTree;
import org.migrationworkbench.core.readiness.files.PatternScan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pattern-absent scan inside a running JVM (as the app and CLI run it), over the tree that
 * {@code scripts/bench/pattern-vs-rg.sh} generates under {@code target/bench-tree} (20,000 files, ~300 MB; run that
 * script once first). {@code scan} searches the already listed files, {@code listAndScan} also lists them.
 * Run with {@code scripts/bench/jmh.sh PatternScanBenchmark pattern-scan}; compare with rg's whole-process time.
 * {@code -jvmArgsAppend -Dbench.tree=DIR} scans another tree; {@code -p expect=N} fails the trial unless N lines
 * match (11,279 on the generated tree).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx256m")
public class PatternScanBenchmark {
    @Param("import app\\.sandbox|TODO|FIXME")
    public String regex;
    @Param("-1")
    public long expect;

    private Path tree;
    private Pattern pattern;
    private List<String> files;

    @Setup(Level.Trial)
    public void listTree() {
        tree = Path.of(System.getProperty("bench.tree", "target/bench-tree")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(tree.resolve(".complete"))) {
            throw new IllegalStateException("no bench tree at " + tree + ": run scripts/bench/pattern-vs-rg.sh first");
        }
        pattern = Pattern.compile(regex);
        files = new GitFileTree(tree).matching("**");
        long matches = scan().matches();
        System.out.println("\n" + files.size() + " files, " + matches + " matching lines");
        if (expect >= 0 && expect != matches) {
            throw new IllegalStateException("expected " + expect + " matching lines, found " + matches);
        }
    }

    @Benchmark
    public PatternScan.Result scan() {
        return PatternScan.scan(tree, files, pattern, Progress.NONE);
    }

    @Benchmark
    public PatternScan.Result listAndScan() {
        return PatternScan.scan(tree, new GitFileTree(tree).matching("**"), pattern, Progress.NONE);
    }
}
