package org.migrationworkbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.workspace.LoadedWorkspace;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
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
 * How long opening a large workspace takes: parse, bind and validate a workbench.yaml with 50 phases, 25
 * checklists of 200 items (5,000 in all, half in Markdown files), 200 rules of every kind, 20 comparisons,
 * 20 metrics and 4 roles. Run with {@code scripts/bench/load-workspace.sh}; the target is 300 ms or less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkspaceLoadBenchmark {
    static final int PHASES = 50;
    static final int CHECKLISTS = 25;
    static final int ITEMS_PER_CHECKLIST = 200;
    static final int RULES = 200;
    static final int COMPARISONS = 20;
    static final int METRICS = 20;
    static final List<String> ROLES = List.of("tech-lead", "ops", "qa", "security");

    private final WorkspaceLoader loader = new WorkspaceLoader();
    private Path root;
    private Path workspace;

    @Setup(Level.Trial)
    public void generateWorkspace() throws IOException {
        root = Files.createTempDirectory("workbench-bench");
        workspace = generate(root);
        check(loader.load(workspace).workspace());
    }

    @TearDown(Level.Trial)
    public void deleteWorkspace() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public LoadedWorkspace loadAndValidate() {
        return loader.load(workspace);
    }

    /** Writes the workspace into {@code parent/workspace}, beside a {@code repo} holding a .git folder. */
    static Path generate(Path parent) throws IOException {
        Files.createDirectories(parent.resolve("repo/.git"));
        Path dir = Files.createDirectories(parent.resolve("workspace/checklists"));
        StringBuilder yaml = new StringBuilder(256 * 1024);
        yaml.append("name: Generated benchmark workspace\n")
                .append("description: Fifty phases, five thousand checklist items, two hundred rules.\n")
                .append("target: ../repo\nmain_branch: main\nstart: 2025-01-06\n");
        phases(yaml);
        checklists(yaml, dir);
        rules(yaml);
        comparisons(yaml);
        metrics(yaml);
        yaml.append("signoff:\n  roles: [").append(String.join(", ", ROLES)).append("]\n");
        Files.writeString(dir.getParent().resolve(WorkspaceLoader.MANIFEST), yaml);
        return dir.getParent();
    }

    /** Fails the trial when the generated workspace is not what this benchmark claims to measure. */
    static void check(Workspace loaded) {
        int items = loaded.checklists().stream().mapToInt(c -> c.items().size()).sum()
                + (int) loaded.checklists().stream().filter(c -> c.file().isPresent()).count() * ITEMS_PER_CHECKLIST;
        if (loaded.phases().size() != PHASES || loaded.checklists().size() != CHECKLISTS
                || items != CHECKLISTS * ITEMS_PER_CHECKLIST || loaded.rules().size() != RULES
                || loaded.comparisons().size() != COMPARISONS || loaded.metrics().size() != METRICS
                || loaded.signoff().roles().size() != ROLES.size()) {
            throw new IllegalStateException("generated workspace is not the one measured: " + loaded);
        }
    }

    private static void phases(StringBuilder yaml) {
        yaml.append("phases:\n");
        for (int i = 1; i <= PHASES; i++) {
            yaml.append("  - id: ").append(phase(i)).append('\n')
                    .append("    title: Phase ").append(i).append(" of the migration\n")
                    .append("    weeks: [").append(i).append(", ").append(i + 1).append("]\n")
                    .append("    risk: ").append(List.of("low", "medium", "high", "critical").get(i % 4)).append('\n')
                    .append("    owner: Owner ").append(i % 7).append('\n');
            List<String> dependsOn = new ArrayList<>();
            for (int d = Math.max(1, i - 2); d < i; d++) {
                dependsOn.add(phase(d));
            }
            if (!dependsOn.isEmpty()) {
                yaml.append("    depends_on: [").append(String.join(", ", dependsOn)).append("]\n");
            }
            yaml.append("    gates:\n")
                    .append("      checklists: [").append(checklist((i - 1) % CHECKLISTS)).append("]\n")
                    .append("      rules: [").append(String.join(", ", rulesOfPhase(i))).append("]\n");
            if (i <= COMPARISONS) {
                yaml.append("      comparisons: [cmp-").append(i).append("]\n");
            }
            yaml.append("      signoffs: [").append(ROLES.get(i % ROLES.size())).append("]\n");
        }
    }

    private static List<String> rulesOfPhase(int phase) {
        List<String> ids = new ArrayList<>();
        for (int r = (phase - 1) * RULES / PHASES; r < phase * RULES / PHASES; r++) {
            ids.add(rule(r));
        }
        return ids;
    }

    /** Even checklists are Markdown files, odd ones inline items. */
    private static void checklists(StringBuilder yaml, Path dir) throws IOException {
        yaml.append("checklists:\n");
        for (int c = 0; c < CHECKLISTS; c++) {
            yaml.append("  - id: ").append(checklist(c)).append('\n')
                    .append("    phase: ").append(phase(c * 2 + 1)).append('\n');
            if (c % 2 == 0) {
                StringBuilder md = new StringBuilder("# Checklist ").append(c).append("\n\n");
                for (int n = 1; n <= ITEMS_PER_CHECKLIST; n++) {
                    md.append("- [").append(n % 3 == 0 ? 'x' : ' ').append("] Item ").append(n)
                            .append(": check the migrated job and its output\n");
                }
                Files.writeString(dir.resolve(checklist(c) + ".md"), md);
                yaml.append("    file: checklists/").append(checklist(c)).append(".md\n");
            } else {
                yaml.append("    title: Inline checklist ").append(c).append('\n').append("    items:\n");
                for (int n = 1; n <= ITEMS_PER_CHECKLIST; n++) {
                    yaml.append("      - Item ").append(n).append(" of checklist ").append(c).append('\n');
                }
            }
        }
    }

    private static void rules(StringBuilder yaml) {
        yaml.append("rules:\n");
        for (int r = 0; r < RULES; r++) {
            yaml.append("  - id: ").append(rule(r)).append('\n')
                    .append("    title: Rule ").append(r).append('\n')
                    .append("    phase: ").append(phase(r * PHASES / RULES + 1)).append('\n')
                    .append("    severity: ").append(List.of("blocker", "major", "minor").get(r % 3)).append('\n')
                    .append("    category: ").append(List.of("stability", "tests", "docs", "config").get(r % 4))
                    .append('\n')
                    .append(parameters(r % 12, r));
        }
    }

    /** Valid parameters for each of the twelve kinds in turn. */
    private static String parameters(int kind, int n) {
        return switch (kind) {
            case 0 -> "    kind: path-exists\n    paths: [\"src/module" + n + "/**/*.py\", pipeline/job" + n + ".yaml]\n";
            case 1 -> "    kind: path-absent\n    paths: legacy/cron" + n + "/\n";
            case 2 -> "    kind: moved\n    from: old/m" + n + "\n    to: new/m" + n + "\n    similar: 0.8\n";
            case 3 -> "    kind: pattern-absent\n    pattern: 'os\\.system\\(.*" + n + "'\n"
                    + "    files: [\"src/**/*.py\"]\n    max: 0\n";
            case 4 -> "    kind: pattern-present\n    pattern: 'logging\\.getLogger\\(__name__\\)'\n"
                    + "    files: \"src/**/*.py\"\n";
            case 5 -> "    kind: coverage\n    report: build/coverage-" + n + ".xml\n    min: 0.75\n    metric: line\n";
            case 6 -> "    kind: config-schema\n    file: config/app" + n + ".yaml\n"
                    + "    schema: {type: object, required: [name, port]}\n";
            case 7 -> "    kind: env-parity\n    env: deploy/" + n + ".env\n    example: deploy/" + n + ".env.example\n"
                    + "    forbidden: [DEBUG]\n";
            case 8 -> "    kind: code-ref\n    refs: [\"1:20:src/a" + n + ".py\", \"30:40:src/b" + n + ".py\"]\n";
            case 9 -> "    kind: git\n    check: fresh\n    branch: feature/" + n + "\n    days: 14\n    after: 2025-01-01\n";
            case 10 -> "    kind: doc-present\n    file: docs/m" + n + ".md\n    headings: [Usage, Operations]\n";
            default -> "    kind: command\n    run: make check-" + n + "\n    timeout: 120\n";
        };
    }

    private static void comparisons(StringBuilder yaml) {
        yaml.append("comparisons:\n");
        for (int c = 1; c <= COMPARISONS; c++) {
            yaml.append("  - id: cmp-").append(c).append('\n')
                    .append("    phase: ").append(phase(c)).append('\n');
            if (c % 2 == 0) {
                yaml.append("    old: outputs/old/report").append(c).append(".csv\n")
                        .append("    new: outputs/new/report").append(c).append(".csv\n")
                        .append("    format: csv\n    key: [account, day]\n    ignore: [generated_at]\n")
                        .append("    tolerance: {absolute: 0.01, relative: 0.001}\n");
            } else {
                yaml.append("    old: git:v1.").append(c).append(":reports/summary").append(c).append(".json\n")
                        .append("    new: outputs/new/summary").append(c).append(".json\n")
                        .append("    format: json\n");
            }
        }
    }

    private static void metrics(StringBuilder yaml) {
        yaml.append("metrics:\n");
        for (int m = 1; m <= METRICS; m++) {
            yaml.append("  - name: Metric ").append(m).append('\n')
                    .append("    target: '").append(List.of("<= ", ">= ", "< ", "≤ $").get(m % 4))
                    .append(m * 1000 + 500).append(List.of(" ms", "/h", "%", "/year").get(m % 4)).append("'\n")
                    .append("    phase: ").append(phase(m)).append('\n');
            if (m % 2 == 0) {
                yaml.append("    actual: ").append(m * 1000).append('\n');
            }
        }
    }

    private static String phase(int n) {
        return String.format("p%02d", n);
    }

    private static String checklist(int n) {
        return String.format("checklist-%02d", n);
    }

    private static String rule(int n) {
        return String.format("rule-%03d", n);
    }
}
