package org.migrationworkbench.core.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded and validated migration workspace. {@code root} and {@code target} are absolute and normalized;
 * every id referenced from a phase, checklist, rule or comparison exists.
 */
public record Workspace(String name, Optional<String> description, Path root, Path manifest, Path target,
                        String mainBranch, Optional<LocalDate> start, List<Phase> phases,
                        List<Checklist> checklists, List<Rule> rules, List<Comparison> comparisons,
                        List<Metric> metrics, SignoffPolicy signoff) {
    public Workspace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mainBranch, "mainBranch");
        Objects.requireNonNull(start, "start");
        phases = List.copyOf(phases);
        checklists = List.copyOf(checklists);
        rules = List.copyOf(rules);
        comparisons = List.copyOf(comparisons);
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(signoff, "signoff");
    }

    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
