package org.migrationworkbench.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.report.dashboard.Tone;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.readiness.Checkers;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.signoff.SignoffWorkspaces;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;
import org.migrationworkbench.ui.timeline.TimelineWorkspaces;

class PresenterViewModelTest {
    private static final Clock SEPTEMBER_15 = Clock.fixed(Instant.parse("2026-09-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private final List<Throwable> errors = new ArrayList<>();
    private OpenedWorkspace opened;
    private PresenterViewModel model;

    @BeforeEach
    void open() {
        opened = SignoffWorkspaces.open(TimelineWorkspaces.write(temp.resolve("ws")));
        WorkspaceStatus status = new WorkspaceStatus(new ReadinessEngine(Checkers.all(), 1, Duration.ofSeconds(30)),
                StandardComparators.create(SEPTEMBER_15), SEPTEMBER_15);
        model = new PresenterViewModel(new SameThreadTaskRunner(), (title, e) -> errors.add(e), status);
    }

    @AfterEach
    void close() {
        opened.close();
    }

    @Test
    void pollingShowsChangesMadeMeanwhileAndStopsAfterAFailureUntilTheNextRefresh() throws Exception {
        int[] readings = new int[1];
        boolean[] failing = new boolean[1];
        WorkspaceStatus status = new WorkspaceStatus(new ReadinessEngine(Checkers.all(), 1, Duration.ofSeconds(30)),
                StandardComparators.create(SEPTEMBER_15), SEPTEMBER_15);
        PresenterViewModel polled = new PresenterViewModel(new SameThreadTaskRunner(), (title, e) -> errors.add(e),
                at -> {
                    readings[0]++;
                    if (failing[0]) {
                        throw new IllegalStateException("store gone");
                    }
                    return status.apply(at);
                });
        polled.refresh(opened);
        assertThat(polled.slidesProperty().get().get(0).lines().get(0).value()).isEqualTo("gate met");
        java.nio.file.Files.writeString(opened.workspace().root().resolve("checklists/plan.md"),
                "# Plan\n\n- [ ] Scope agreed\n- [x] Team named\n");

        polled.poll(opened);
        assertThat(readings[0]).isEqualTo(2);
        assertThat(polled.slidesProperty().get().get(0).lines().get(0).value()).isEqualTo("gate not met");

        failing[0] = true;
        polled.poll(opened);
        polled.poll(opened);
        assertThat(readings[0]).isEqualTo(3);
        assertThat(errors).hasSize(1);
        errors.clear();
        failing[0] = false;
        polled.refresh(opened);
        polled.poll(opened);
        assertThat(readings[0]).isEqualTo(5);
    }

    private static Slide slide(String title) {
        return new Slide(title, "", List.of(), "nothing");
    }

    @Test
    void refreshShowsTheSevenStatusSlidesInOrder() {
        model.refresh(opened);

        assertThat(errors).isEmpty();
        assertThat(model.slidesProperty().get()).extracting(Slide::title).containsExactly("Timeline test",
                "Timeline", "Success metrics", "Readiness", "Comparisons", "Sign-offs", "Open risks");
        assertThat(model.counter().get()).isEqualTo("1 / 7");
    }

    @Test
    void theTimelineSlideCarriesTheScheduledPhasesAndTheCriticalPath() {
        model.refresh(opened);

        Slide timeline = model.slidesProperty().get().get(1);
        assertThat(timeline.timeline()).isPresent();
        assertThat(timeline.timeline().get().rows()).hasSize(5);
        assertThat(timeline.subtitle()).startsWith("4 scheduled phases · 3 on the critical path · 2026-09-07 – ");
        assertThat(timeline.lines()).isEmpty();
    }

    @Test
    void theStatusSlideGivesEachPhaseItsStatusAndGate() {
        model.refresh(opened);

        Slide status = model.current();
        assertThat(status.lines()).extracting(Slide.Line::label).containsExactly("Plan the migration",
                "Build the new pipeline", "Write the runbooks", "Cut over", "Decommission the old system");
        assertThat(status.lines().get(0).value()).isEqualTo("gate met");
        assertThat(status.lines().get(3).value()).isEqualTo("gate not met");
    }

    @Test
    void signoffAndRiskSlidesNameTheGateRolesAndRiskyPhases() {
        model.refresh(opened);
        List<Slide> slides = model.slidesProperty().get();

        assertThat(slides.get(5).lines()).extracting(Slide.Line::label).containsExactly("Cut over · Technical Lead");
        assertThat(slides.get(5).lines().get(0).tone()).isEqualTo(Tone.WARNING);
        assertThat(slides.get(6).lines()).extracting(Slide.Line::label)
                .contains("Build the new pipeline", "Write the runbooks").doesNotContain("Plan the migration");
        assertThat(slides.get(4).lines()).isEmpty();
        assertThat(slides.get(4).empty()).isEqualTo("No comparison was run yet.");
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        model.show(List.of(slide("a"), slide("b"), slide("c")));

        assertThat(model.previous()).isFalse();
        assertThat(model.next()).isTrue();
        assertThat(model.next()).isTrue();
        assertThat(model.next()).isFalse();
        assertThat(model.current().title()).isEqualTo("c");
        assertThat(model.counter().get()).isEqualTo("3 / 3");
        assertThat(model.previous()).isTrue();
        assertThat(model.indexProperty().get()).isEqualTo(1);
    }

    @Test
    void newSlidesKeepTheSlideNumberOrTheLastWhenFewer() {
        model.show(List.of(slide("a"), slide("b"), slide("c")));
        model.next();
        model.next();

        model.show(List.of(slide("a2"), slide("b2"), slide("c2")));
        assertThat(model.current().title()).isEqualTo("c2");
        model.show(List.of(slide("a3"), slide("b3")));
        assertThat(model.current().title()).isEqualTo("b3");
    }
}
