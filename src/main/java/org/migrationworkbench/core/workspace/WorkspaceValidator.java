package org.migrationworkbench.core.workspace;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.workspace.yaml.WorkspaceDoc;

/**
 * Turns a parsed workbench.yaml into a {@link Workspace}, collecting every problem rather than stopping at
 * the first: each section is read on its own, then cross references (depends_on, gates, phase fields) are
 * checked against what was read.
 */
final class WorkspaceValidator {
    private final Path root;
    private final Path manifest;
    private final SafeYaml.Document document;
    private final Problems problems;
    private final DocBinder binder;

    WorkspaceValidator(Path root, Path manifest, String fileName, SafeYaml.Document document, SafeYaml yaml) {
        this.root = root;
        this.manifest = manifest;
        this.document = document;
        this.problems = new Problems(fileName, document.sources());
        this.problems.addAll(document.problems());
        this.binder = new DocBinder(yaml.mapper(), problems);
    }

    /** The workspace, or empty when there were errors; {@link #problems()} lists them. */
    Optional<Workspace> validate() {
        Optional<WorkspaceDoc> bound = binder.bind(document.root(), WorkspaceDoc.class, "");
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        WorkspaceDoc doc = bound.get();
        Path target = target(doc.target);
        LoadContext ctx = new LoadContext(problems, binder, new PathGuard(root, "the workspace"),
                new PathGuard(target, "the target repository"));
        ctx.require(doc.name, "", "name");
        Optional<LocalDate> start = ctx.date(doc.start, "/start");

        List<PhaseReader.Read> phases = new PhaseReader(ctx, start).read(doc.phases);
        List<ChecklistReader.Read> checklists = new ChecklistReader(ctx).read(doc.checklists);
        List<RuleReader.Read> rules = new RuleReader(ctx).read(doc.rules);
        List<ComparisonReader.Read> comparisons = new ComparisonReader(ctx).read(doc.comparisons);
        List<MetricReader.Read> metrics = new MetricReader(ctx).read(doc.metrics);
        SignoffPolicy signoff = signoff(doc, ctx);

        new DependencyCheck(ctx).check(phases);
        new ReferenceCheck(ctx, phases).check(checklists, rules, comparisons, metrics, signoff);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Workspace(doc.name, LoadContext.text(doc.description), root, manifest, target,
                doc.mainBranch == null ? "main" : doc.mainBranch, start,
                phases.stream().map(PhaseReader.Read::phase).toList(),
                checklists.stream().map(ChecklistReader.Read::checklist).toList(),
                rules.stream().map(RuleReader.Read::rule).toList(),
                comparisons.stream().map(ComparisonReader.Read::comparison).toList(),
                metrics.stream().map(MetricReader.Read::metric).toList(), signoff));
    }

    List<Problem> problems() {
        return problems.sorted();
    }

    private Path target(String text) {
        if (text == null || text.isBlank()) {
            problems.error("", "missing required field 'target' (the git repository being migrated; '.' for "
                    + "this folder)");
            return root;
        }
        Path target;
        try {
            target = root.resolve(text).normalize();
        } catch (InvalidPathException e) {
            problems.error("/target", "not a valid path: " + e.getReason());
            return root;
        }
        if (!Files.exists(target)) {
            problems.warning("/target", "target repository " + target + " does not exist; repository facts "
                    + "and rules are unavailable until it does");
        } else if (!Files.isDirectory(target)) {
            problems.error("/target", "target " + target + " is not a folder");
        } else if (!Files.exists(target.resolve(".git"))) {
            problems.warning("/target", "target " + target + " is not a git repository (no .git)");
        }
        return target;
    }

    private SignoffPolicy signoff(WorkspaceDoc doc, LoadContext ctx) {
        if (doc.signoff == null || doc.signoff.roles == null) {
            return SignoffPolicy.NONE;
        }
        Set<String> seen = LoadContext.newIds();
        for (int i = 0; i < doc.signoff.roles.size(); i++) {
            String role = doc.signoff.roles.get(i);
            String at = SourceMap.child("/signoff/roles", i);
            if (role == null || role.isBlank()) {
                ctx.problems.error(at, "empty role name");
            } else if (!seen.add(role.trim())) {
                ctx.problems.error(at, "duplicate role '" + role + "'");
            }
        }
        return new SignoffPolicy(List.copyOf(seen), doc.signoff.separation == null || doc.signoff.separation,
                required(doc.signoff.require, seen, ctx), Boolean.TRUE.equals(doc.signoff.separateCompletion),
                SignerKeys.read(doc.signoff.signers, seen, ctx));
    }

    /** {@code require: {ROLE: N}}: N >= 1 different people must approve a declared role. */
    private static java.util.Map<String, Integer> required(java.util.Map<String, Integer> require, Set<String> roles,
                                                          LoadContext ctx) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        if (require == null) {
            return out;
        }
        require.forEach((role, n) -> {
            String at = SourceMap.child("/signoff/require", role);
            if (!roles.contains(role)) {
                ctx.problems.error(at, "role '" + role + "' is not declared in signoff.roles");
            } else if (n == null || n < 1) {
                ctx.problems.error(at, "approvals needed for '" + role + "' must be 1 or more");
            } else {
                out.put(role, n);
            }
        });
        return out;
    }

    /** Checks the fields that refer to ids of other sections. */
    private record ReferenceCheck(LoadContext ctx, List<PhaseReader.Read> phases) {
        void check(List<ChecklistReader.Read> checklists, List<RuleReader.Read> rules,
                   List<ComparisonReader.Read> comparisons, List<MetricReader.Read> metrics,
                   SignoffPolicy signoff) {
            Set<String> phaseIds = ids(phases.stream().map(r -> r.phase().id()).toList());
            Set<String> checklistIds = ids(checklists.stream().map(r -> r.checklist().id()).toList());
            Set<String> ruleIds = ids(rules.stream().map(r -> r.rule().id()).toList());
            Set<String> comparisonIds = ids(comparisons.stream().map(r -> r.comparison().id()).toList());
            Set<String> roles = ids(signoff.roles());
            for (PhaseReader.Read read : phases) {
                Phase phase = read.phase();
                String gates = SourceMap.child(read.pointer(), "gates");
                ctx.checkReferences(phase.gates().checklists(), gates + "/checklists", checklistIds, "checklist");
                ctx.checkReferences(phase.gates().rules(), gates + "/rules", ruleIds, "rule");
                ctx.checkReferences(phase.gates().comparisons(), gates + "/comparisons", comparisonIds,
                        "comparison");
                ctx.checkReferences(phase.gates().signoffs(), gates + "/signoffs", roles, "sign-off role");
            }
            for (ChecklistReader.Read read : checklists) {
                phaseField(read.checklist().phase(), read.pointer(), phaseIds);
            }
            for (RuleReader.Read read : rules) {
                phaseField(read.rule().phase(), read.pointer(), phaseIds);
            }
            for (ComparisonReader.Read read : comparisons) {
                phaseField(read.comparison().phase(), read.pointer(), phaseIds);
            }
            for (MetricReader.Read read : metrics) {
                phaseField(read.metric().phase(), read.pointer(), phaseIds);
            }
        }

        private void phaseField(Optional<String> phase, String pointer, Set<String> phaseIds) {
            phase.ifPresent(id -> ctx.checkReference(id, SourceMap.child(pointer, "phase"), phaseIds, "phase"));
        }

        private static Set<String> ids(List<String> list) {
            return new java.util.LinkedHashSet<>(list);
        }
    }
}
