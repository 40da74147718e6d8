package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.model.WeekRange;

/** The guides of the bundled sample workspace import cleanly and say what they say. */
class SampleGuidesTest {
    private static final Path CHECKLISTS = Path.of("configs/sample/checklists");

    private final GuideImporter importer = new GuideImporter();

    static Stream<Path> sampleGuides() throws IOException {
        try (Stream<Path> files = Files.list(CHECKLISTS)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sampleGuides")
    void sampleGuideImportsWithoutWarnings(Path file) throws IOException {
        Guide guide = importer.read(file, ItemMode.AUTO);

        assertThat(guide.mode()).isEqualTo(ItemMode.TASKS_ONLY);
        assertThat(guide.items()).isNotEmpty();
        assertThat(guide.warnings()).isEmpty();
        String markdown = Files.readString(file);
        assertThat(guide.items()).allSatisfy(item -> assertThat(Guides.markAt(markdown, item.checkbox().orElseThrow()))
                .isEqualTo(item.checked() ? 'x' : ' '));
    }

    @Test
    void cutoverGuideHasItsStatusChoiceMetricsAndSignoffRoles() {
        Guide guide = importer.read(CHECKLISTS.resolve("cutover.md"), ItemMode.AUTO);

        assertThat(guide.title()).isEqualTo("Production Cutover and Decommission");
        assertThat(guide.items()).hasSize(18);
        assertThat(guide.choices()).singleElement().extracting(ChoiceField::name, ChoiceField::options)
                .containsExactly("Migration Status", List.of("In Progress", "Completed", "Rolled Back"));
        assertThat(guide.roles()).containsExactly("Technical Lead", "Product Owner", "Engineering Manager");
        assertThat(guide.metrics()).extracting(MetricRow::name).containsExactly(
                "Scoring run time (10k opportunities)", "On-demand rescoring", "Line coverage", "Infrastructure cost");
        assertThat(guide.metrics().get(3).actual()).isEmpty();
        assertThat(Guides.section(guide, "Production Cutover and Decommission", "Cutover Steps").code())
                .extracting(CodeBlock::info, CodeBlock::line).containsExactly(tuple("bash", 26));
    }

    @Test
    void pipelineGuideHasItsPhasesAndCodeReferences() {
        Guide guide = importer.read(CHECKLISTS.resolve("pipeline-migration.md"), ItemMode.AUTO);

        assertThat(guide.phases()).extracting(PhaseHint::number, PhaseHint::title, PhaseHint::weeks).containsExactly(
                tuple(Optional.of(1), "Inventory", Optional.of(new WeekRange(1, 1))),
                tuple(Optional.of(2), "Pipeline Skeleton", Optional.of(new WeekRange(2, 2))),
                tuple(Optional.of(3), "Data Models", Optional.of(new WeekRange(3, 3))),
                tuple(Optional.of(4), "Tests and Coverage", Optional.of(new WeekRange(5, 6))),
                tuple(Optional.of(5), "Cleanup", Optional.empty()));
        assertThat(guide.phases().get(2).risk()).contains(Risk.HIGH);
        assertThat(guide.codeRefs()).containsExactly(
                new CodeRef(20, 29, "scripts/core/batch_opportunity_scoring.py", 58),
                new CodeRef(37, 42, "pipeline/scoring.py", 73));
        assertThat(guide.choices()).singleElement().extracting(ChoiceField::selected)
                .isEqualTo(Optional.of("In Progress"));
        assertThat(Guides.item(guide, "List every consumer of scores.json and summary.csv").children()).hasSize(3);
    }

    @Test
    void parallelRunGuideKeepsNestedTasksUnderTheirParent() {
        Guide guide = importer.read(CHECKLISTS.resolve("parallel-run.md"), ItemMode.AUTO);

        assertThat(Guides.item(guide, "Pipeline failures alert #scoring-oncall (ALERT_WEBHOOK_URL)").children())
                .extracting(GuideItem::text, GuideItem::checked)
                .containsExactly(tuple("Webhook created", true), tuple("Test alert received", false));
        assertThat(guide.items()).hasSize(19);
        assertThat(guide.metrics()).isEmpty();
    }
}
