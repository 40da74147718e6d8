package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.migrationworkbench.core.workspace.Fixtures.at;
import static org.migrationworkbench.core.workspace.Fixtures.fixture;
import static org.migrationworkbench.core.workspace.Fixtures.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.model.Comparison;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Gates;
import org.migrationworkbench.core.model.Metric;
import org.migrationworkbench.core.model.MetricTarget;
import org.migrationworkbench.core.model.OutputFormat;
import org.migrationworkbench.core.model.OutputRef;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.model.Severity;
import org.migrationworkbench.core.model.Tolerance;
import org.migrationworkbench.core.model.WeekRange;
import org.migrationworkbench.core.model.Workspace;

/** The fixture {@code workspaces/valid} uses every section; these tests read back what it declares. */
class ValidWorkspaceTest {
    private final Workspace workspace = load("valid").workspace();

    @Test
    void readsTopLevelFieldsAndDefaultsMainBranchToMain() {
        Path root = fixture("valid").toAbsolutePath().normalize();
        assertThat(workspace.name()).isEqualTo("Billing migration");
        assertThat(workspace.description()).contains("Move the nightly billing batch to the unified pipeline.");
        assertThat(workspace.root()).isEqualTo(root);
        assertThat(workspace.manifest()).isEqualTo(root.resolve("workbench.yaml"));
        assertThat(workspace.target()).isEqualTo(root);
        assertThat(workspace.mainBranch()).isEqualTo("main");
        assertThat(workspace.start()).contains(LocalDate.of(2025, 3, 3));
    }

    @Test
    void resolvesWeeksAgainstTheWorkspaceStart() {
        // week n runs from start + 7(n-1) to start + 7n - 1
        assertThat(phase("p1-inventory").weeks()).contains(new WeekRange(1, 2));
        assertThat(phase("p1-inventory").schedule())
                .contains(new DateRange(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 16)));
        assertThat(phase("p2-port").weeks()).contains(new WeekRange(3, 3));
        assertThat(phase("p2-port").schedule())
                .contains(new DateRange(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 23)));
    }

    @Test
    void takesDatesAsWrittenAndLeavesPhasesWithoutScheduleUnscheduled() {
        Phase cutover = phase("p3-cutover");
        assertThat(cutover.schedule()).contains(new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 4)));
        assertThat(cutover.weeks()).isEmpty();
        assertThat(phase("p4-cleanup").schedule()).isEmpty();
        assertThat(phase("p4-cleanup").weeks()).isEmpty();
    }

    @Test
    void keepsPhaseOrderDependenciesRiskAndOwner() {
        assertThat(workspace.phases()).extracting(Phase::id)
                .containsExactly("p1-inventory", "p2-port", "p3-cutover", "p4-cleanup");
        assertThat(phase("p3-cutover").dependsOn()).containsExactly("p1-inventory", "p2-port");
        assertThat(phase("p1-inventory").risk()).isEqualTo(Risk.LOW);
        assertThat(phase("p2-port").risk()).as("default risk").isEqualTo(Risk.MEDIUM);
        assertThat(phase("p3-cutover").risk()).isEqualTo(Risk.CRITICAL);
        assertThat(phase("p1-inventory").owner()).contains("Ana");
        assertThat(phase("p2-port").owner()).isEmpty();
        assertThat(phase("p3-cutover").description()).contains("The weekend switch.");
    }

    @Test
    void readsGatesOfEachKind() {
        assertThat(phase("p1-inventory").gates())
                .isEqualTo(new Gates(List.of("inventory"), List.of(), List.of(), List.of("tech-lead")));
        assertThat(phase("p2-port").gates())
                .isEqualTo(new Gates(List.of(), List.of("no-crontab", "readme"), List.of("daily-totals"), List.of()));
        assertThat(phase("p3-cutover").gates().signoffs()).containsExactly("tech-lead", "ops");
        assertThat(phase("p4-cleanup").gates()).isEqualTo(Gates.NONE);
    }

    @Test
    void readsChecklistsFromFilesAndInlineItems() {
        Checklist inventory = workspace.checklists().get(0);
        assertThat(inventory.id()).isEqualTo("inventory");
        assertThat(inventory.file()).contains(workspace.root().resolve("checklists/inventory.md"));
        assertThat(inventory.items()).isEmpty();
        assertThat(inventory.title()).isEmpty();
        assertThat(inventory.phase()).contains("p1-inventory");

        Checklist cutover = workspace.checklists().get(1);
        assertThat(cutover.file()).isEmpty();
        assertThat(cutover.items()).containsExactly("Freeze the old batch", "Switch the scheduler");
        assertThat(cutover.displayTitle()).isEqualTo("Cut-over day");
    }

    @Test
    void readsRulesOfSeveralKindsWithTheirParameters() {
        assertThat(workspace.rules()).extracting(Rule::id, Rule::kind).containsExactly(
                tuple("no-crontab", RuleKind.PATTERN_ABSENT),
                tuple("readme", RuleKind.DOC_PRESENT),
                tuple("pipeline-files", RuleKind.PATH_EXISTS),
                tuple("branch-coverage", RuleKind.COVERAGE),
                tuple("env-files", RuleKind.ENV_PARITY),
                tuple("refs", RuleKind.CODE_REF),
                tuple("merged", RuleKind.GIT),
                tuple("smoke", RuleKind.COMMAND));
        Rule noCrontab = rule("no-crontab");
        assertThat(noCrontab.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(noCrontab.phase()).contains("p2-port");
        assertThat(noCrontab.parameters()).containsOnly(
                Map.entry("pattern", "crontab\\s+-e"),
                Map.entry("files", List.of("scripts/**/*.sh", "bin/*")),
                Map.entry("max", 0));
        assertThat(rule("readme").severity()).as("default severity").isEqualTo(Severity.MAJOR);
        assertThat(rule("readme").category()).contains("docs");
        assertThat(rule("readme").title()).as("title defaults to the id").isEqualTo("readme");
        assertThat(rule("pipeline-files").parameters()).containsEntry("paths", "pipeline/*.yaml");
        assertThat(rule("branch-coverage").parameters()).containsEntry("min", 0.8).containsEntry("metric", "branch");
        assertThat(rule("smoke").parameters()).containsEntry("timeout", 60);
    }

    @Test
    void readsComparisonsWithWorkspaceAndGitSides() {
        Comparison totals = workspace.comparisons().get(0);
        assertThat(totals.oldSide()).isEqualTo(new OutputRef.WorkspacePath("outputs/old/totals.csv",
                workspace.root().resolve("outputs/old/totals.csv")));
        assertThat(totals.format()).isEqualTo(OutputFormat.CSV);
        assertThat(totals.keys()).containsExactly("account");
        assertThat(totals.ignore()).containsExactly("generated_at");
        assertThat(totals.tolerance()).isEqualTo(new Tolerance(0.01, 0));
        assertThat(totals.phase()).contains("p2-port");

        Comparison summary = workspace.comparisons().get(1);
        assertThat(summary.oldSide()).isEqualTo(new OutputRef.GitRevision("git:v1.0:reports/summary.json", "v1.0",
                "reports/summary.json"));
        assertThat(summary.format()).as("default format").isEqualTo(OutputFormat.AUTO);
        assertThat(summary.tolerance()).isEqualTo(Tolerance.EXACT);
        assertThat(summary.keys()).isEmpty();
    }

    @Test
    void parsesMetricTargets() {
        Metric duration = workspace.metrics().get(0);
        assertThat(duration.name()).isEqualTo("Batch duration");
        assertThat(duration.target().operator()).isEqualTo(MetricTarget.Operator.LE);
        assertThat(duration.target().value()).isEqualByComparingTo(new BigDecimal("7.0"));
        assertThat(duration.target().unit()).isEqualTo("s");
        assertThat(duration.actual()).contains("6.4 s");
        assertThat(duration.phase()).contains("p2-port");

        Metric throughput = workspace.metrics().get(1);
        assertThat(throughput.target().operator()).isEqualTo(MetricTarget.Operator.GE);
        assertThat(throughput.target().value()).isEqualByComparingTo("500");
        assertThat(throughput.actual()).as("pending").isEmpty();
    }

    @Test
    void readsSignoffRoles() {
        assertThat(workspace.signoff().roles()).containsExactly("tech-lead", "ops");
    }

    @Test
    void targetThatIsNotAGitRepositoryIsAWarningNotAnError() {
        LoadedWorkspace loaded = load("valid");

        assertThat(loaded.warnings()).singleElement()
                .satisfies(at(4, 9, "target", "is not a git repository (no .git)"))
                .extracting(Problem::level).isEqualTo(Problem.Level.WARNING);
    }

    @Test
    void targetThatDoesNotExistIsAWarningNotAnError(@TempDir Path dir) {
        Fixtures.writeManifest(dir, """
                name: Elsewhere
                target: ../no-such-repository
                phases:
                  - id: p1
                    title: Only phase
                """);

        LoadedWorkspace loaded = new WorkspaceLoader().load(dir);

        assertThat(loaded.workspace().target()).isEqualTo(dir.getParent().resolve("no-such-repository"));
        assertThat(loaded.warnings()).singleElement()
                .satisfies(at(2, 9, "target", "does not exist"));
    }

    @Test
    void targetThatIsAGitRepositoryBesideTheWorkspaceGivesNoWarning(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        Path workspaceDir = Fixtures.writeManifest(dir.resolve("workspace"), """
                name: Beside
                target: ../repo
                main_branch: trunk
                phases:
                  - id: p1
                    title: Only phase
                """);

        LoadedWorkspace loaded = new WorkspaceLoader().load(workspaceDir);

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.workspace().target()).isEqualTo(dir.resolve("repo").toAbsolutePath().normalize());
        assertThat(loaded.workspace().mainBranch()).isEqualTo("trunk");
        assertThat(loaded.workspace().start()).isEmpty();
    }

    private Phase phase(String id) {
        return workspace.phase(id).orElseThrow();
    }

    private Rule rule(String id) {
        return workspace.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
