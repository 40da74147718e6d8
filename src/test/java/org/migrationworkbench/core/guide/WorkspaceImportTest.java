package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.MetricTarget;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.model.WeekRange;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

class WorkspaceImportTest {
    @TempDir
    Path temp;
    private final WorkspaceImport importer = new WorkspaceImport(new WorkspaceLoader());
    private static final LocalDate THURSDAY = LocalDate.parse("2026-11-19");

    private static Guide guide(List<PhaseHint> phases, List<MetricRow> metrics, List<String> roles) {
        return new Guide("Services migration", ItemMode.TASKS_ONLY, List.of(), List.of(), roles, List.of(), metrics,
                phases, List.of(), List.of());
    }

    private Path guideFile(String name) {
        Path file = temp.resolve("incoming").resolve(name);
        TestWorkspaces.write(file, "# Services migration\n\n- [ ] Port the API\n");
        return file;
    }

    @Test
    void aGuideCreatesAValidWorkspaceWithItsPhasesMetricsAndRoles() {
        List<PhaseHint> phases = List.of(
                new PhaseHint(Optional.of(1), "Data Models", Optional.of(new WeekRange(1, 2)), List.of(),
                        Optional.of(Risk.LOW), Optional.empty(), 5),
                new PhaseHint(Optional.of(2), "Services", Optional.of(new WeekRange(2, 3)), List.of(1, 7),
                        Optional.of(Risk.HIGH), Optional.of("API on the new stack"), 9));
        List<MetricRow> metrics = List.of(
                new MetricRow("Processing time", "≤7.0s", MetricTarget.parse("≤ 7.0 s"), Optional.of("6.4 s"), "", 20),
                new MetricRow("Lines removed", "3,574 lines", Optional.empty(), Optional.empty(), "", 21));
        Path ws = temp.resolve("ws");
        WorkspaceImport.Result result = importer.importGuide(guideFile("services-guide.md"),
                guide(phases, metrics, List.of("Technical Lead", "Product Owner")), ws, THURSDAY);

        assertThat(result.createdWorkspace()).isTrue();
        assertThat(result.checklistId()).isEqualTo("services-guide");
        assertThat(ws.resolve("checklists/services-guide.md")).hasContent("# Services migration\n\n- [ ] Port the API");
        Workspace loaded = new WorkspaceLoader().load(ws).workspace();
        assertThat(loaded.name()).isEqualTo("Services migration");
        assertThat(loaded.start()).contains(LocalDate.parse("2026-11-16"));
        assertThat(loaded.phases()).extracting(p -> p.id()).containsExactly("p1-data-models", "p2-services");
        assertThat(loaded.phases().get(1).dependsOn()).containsExactly("p1-data-models");
        assertThat(loaded.phases().get(1).risk()).isEqualTo(Risk.HIGH);
        assertThat(loaded.metrics()).singleElement().satisfies(m -> {
            assertThat(m.target().value()).isEqualByComparingTo(new BigDecimal("7.0"));
            assertThat(m.actual()).contains("6.4 s");
        });
        assertThat(loaded.signoff().roles()).containsExactly("Technical Lead", "Product Owner");
        assertThat(result.notes()).anyMatch(n -> n.contains("phase 7"))
                .anyMatch(n -> n.contains("Lines removed"));
    }

    @Test
    void aGuideWithoutPhasesGetsOnePhaseGatedByItsChecklistAndRoles() {
        Path ws = temp.resolve("ws");
        importer.importGuide(guideFile("plain.md"), guide(List.of(), List.of(), List.of("Stakeholder")), ws, THURSDAY);
        Workspace loaded = new WorkspaceLoader().load(ws).workspace();
        assertThat(loaded.phases()).singleElement().satisfies(p -> {
            assertThat(p.gates().checklists()).containsExactly("plain");
            assertThat(p.gates().signoffs()).containsExactly("Stakeholder");
        });
    }

    @Test
    void aGuideIsAddedToAnExistingWorkspaceKeepingItsTextAndComments() throws Exception {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Existing");
        Path manifest = ws.resolve("workbench.yaml");
        Files.writeString(manifest, "# our plan, keep this comment\n" + Files.readString(manifest));
        String before = Files.readString(manifest);
        WorkspaceImport.Result result = importer.importGuide(guideFile("extra.md"),
                guide(List.of(), List.of(), List.of("Security Officer")), ws, THURSDAY);

        assertThat(result.createdWorkspace()).isFalse();
        String after = Files.readString(manifest);
        assertThat(after).startsWith("# our plan, keep this comment\n")
                .contains("    file: checklists/go-live.md\n  - id: \"extra\"\n    file: \"checklists/extra.md\"\n");
        assertThat(after.replace("  - id: \"extra\"\n    file: \"checklists/extra.md\"\n", "")).isEqualTo(before);
        assertThat(new WorkspaceLoader().load(ws).workspace().checklists()).extracting(c -> c.id())
                .containsExactly("go-live", "extra");
        assertThat(result.notes()).anyMatch(n -> n.contains("Security Officer"));
    }

    @Test
    void importingTheSameGuideAgainReplacesItsCopyAndAddsNothing() throws Exception {
        Path ws = temp.resolve("ws");
        Path file = guideFile("services.md");
        importer.importGuide(file, guide(List.of(), List.of(), List.of()), ws, THURSDAY);
        String manifest = Files.readString(ws.resolve("workbench.yaml"));
        Files.writeString(file, "# Services migration\n\n- [ ] Port the API\n- [ ] Port the jobs\n");
        WorkspaceImport.Result again = importer.importGuide(file, guide(List.of(), List.of(), List.of()), ws, THURSDAY);
        assertThat(again.addedChecklist()).isFalse();
        assertThat(Files.readString(ws.resolve("workbench.yaml"))).isEqualTo(manifest);
        assertThat(ws.resolve("checklists/services.md")).content().contains("Port the jobs");
    }

    @Test
    void aWorkspaceThatWouldBreakIsLeftUnchanged() throws Exception {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Flow style");
        Path manifest = ws.resolve("workbench.yaml");
        String flow = Files.readString(manifest).replaceAll("(?s)checklists:\\n  - id: go-live\\n    file: "
                + "checklists/go-live.md\\n", "checklists: [{id: go-live, file: checklists/go-live.md}]\n");
        Files.writeString(manifest, flow);
        assertThatThrownBy(() -> importer.importGuide(guideFile("extra.md"), guide(List.of(), List.of(), List.of()),
                ws, THURSDAY)).isInstanceOf(WorkbenchException.class).hasMessageContaining("left unchanged");
        assertThat(manifest).hasContent(flow.stripTrailing());
    }
}
