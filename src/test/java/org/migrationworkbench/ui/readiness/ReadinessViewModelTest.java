package org.migrationworkbench.ui.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.readiness.Checkers;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Readiness;
import org.migrationworkbench.core.readiness.ReadinessEngine;
import org.migrationworkbench.core.readiness.files.GitFileTree;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.settings.WorkspaceTrust;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;

class ReadinessViewModelTest {
    /**
     * Stands in for the FX thread: rule callbacks arrive from the engine's pool threads, so they run one at a
     * time as Platform.runLater would run them, never concurrently.
     */
    private final java.util.concurrent.Executor uiThread = new java.util.concurrent.Executor() {
        @Override
        public synchronized void execute(Runnable task) {
            task.run();
        }
    };
    @TempDir
    Path temp;
    private final List<Throwable> errors = new ArrayList<>();
    private final AtomicInteger asked = new AtomicInteger();
    private OpenedWorkspace opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private ReadinessViewModel model(int threads) throws Exception {
        if (opened == null) {
            opened = ReadinessWorkspaces.open(ReadinessWorkspaces.write(temp));
        }
        ReadinessContext context = new ReadinessContext(
                new ReadinessEngine(Checkers.all(), threads, Duration.ofSeconds(30)), GitFileTree::new,
                new WorkspaceTrust(temp.resolve("config")), new SameThreadTaskRunner(), uiThread,
                (title, e) -> errors.add(e), "alice", Clock.systemDefaultZone());
        ReadinessViewModel model = new ReadinessViewModel(opened, context);
        model.setTrustPrompt((name, answer) -> {
            asked.incrementAndGet();
            answer.accept(true);
        });
        model.load();
        return model;
    }

    private static RuleRow row(ReadinessViewModel model, String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void beforeAnyRunEveryRuleIsNotRunAndThereIsNoAnalysis() throws Exception {
        ReadinessViewModel model = model(2);
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.analysisProperty().get()).isNull();
        assertThat(model.rows()).extracting(RuleRow::word).containsOnly("Not run");
        assertThat(model.phaseChoices()).containsExactly("All", "p1", "p2");
    }

    @Test
    void runAllScoresEveryRuleWithEvidenceAndAsksForTrustOnce() throws Exception {
        ReadinessViewModel model = model(2);
        model.runAll();
        assertThat(errors).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.analysisProperty().get().readiness().level()).isEqualTo(Readiness.Level.NOT_READY);
        assertThat(row(model, "no-sandbox").word()).isEqualTo("Fail");
        assertThat(row(model, "no-sandbox").result().orElseThrow().outcome().evidence().get(0))
                .isEqualTo(Evidence.at("legacy/batch.py", 2, "import app.sandbox"));
        assertThat(row(model, "tests-pass").word()).isEqualTo("Pass");
        assertThat(row(model, "todos").changeNote()).as("nothing is new on the first run").isEmpty();
        assertThat(ReadinessViewModel.lastRunText(model.analysisProperty().get())).contains("NOT READY");
        assertThat(asked).hasValue(1);

        model.runAll();
        assertThat(asked).as("asked once").hasValue(1);
        assertThat(row(model, "todos").changeNote()).isEmpty();

        ReadinessViewModel reopened = model(2);
        reopened.runAll();
        assertThat(asked).as("remembered across view models").hasValue(1);
        assertThat(new WorkspaceTrust(temp.resolve("config")).decision(opened.workspace().root())).contains(true);
    }

    @Test
    void aPhaseRunOnlyRunsItsRulesAndNeedsNoTrustWithoutCommands() throws Exception {
        ReadinessViewModel model = model(2);
        model.runPhase("p1");
        assertThat(asked).hasValue(0);
        assertThat(model.analysisProperty().get().run().results()).extracting(r -> r.rule().id())
                .containsExactlyInAnyOrder("no-sandbox", "pipeline-there");
        assertThat(row(model, "todos").word()).isEqualTo("Not run");
        assertThat(ReadinessViewModel.lastRunText(model.analysisProperty().get())).contains("phase p1");

        model.runAll();
        assertThat(row(model, "todos").changeNote()).isEqualTo("new");
        assertThat(row(model, "no-sandbox").changeNote()).isEmpty();
    }

    @Test
    void aScorecardCellFiltersTheRows() throws Exception {
        ReadinessViewModel model = model(2);
        model.runAll();
        model.filterProperty().set(new CellFilter("p2", "code"));
        assertThat(model.visibleRows()).extracting(RuleRow::id).containsExactly("todos");
        model.filterProperty().set(null);
        assertThat(model.visibleRows()).hasSize(4);
    }

    @Test
    void waivingAFailingRuleRescoresTheLastRun() throws Exception {
        ReadinessViewModel model = model(2);
        model.runAll();
        long runId = model.analysisProperty().get().runId();
        model.details().selectedProperty().set(row(model, "no-sandbox"));
        assertThat(model.details().defaultExpiry()).isEqualTo(LocalDate.now().plusDays(14));

        model.details().waive("archived next week", "Mei", LocalDate.now().plusDays(3));

        assertThat(errors).isEmpty();
        assertThat(model.analysisProperty().get().runId()).isEqualTo(runId);
        assertThat(row(model, "no-sandbox").word()).isEqualTo("Waived");
        assertThat(model.details().selectedProperty().get().canWaive()).isFalse();
        assertThat(model.analysisProperty().get().readiness().level()).isEqualTo(Readiness.Level.AT_RISK);
    }

    @Test
    void cancellingStopsTheRunAndShowsWhatWasFound() throws Exception {
        ReadinessViewModel model = model(1);
        model.rows().addListener((ListChangeListener<RuleRow>) change -> {
            if (model.runningProperty().get() && model.rows().stream().anyMatch(r -> r.scored().isPresent())) {
                model.cancel();
            }
        });
        model.runAll();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.analysisProperty().get().run().cancelled()).isTrue();
        assertThat(ReadinessViewModel.lastRunText(model.analysisProperty().get())).endsWith("(cancelled)");
    }

    @Test
    void anInterruptedRunIsStoredAsCancelledAndTheStoreStaysUsable() throws Exception {
        ReadinessViewModel model = model(1);
        Thread worker = Thread.currentThread();
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        model.rows().addListener((ListChangeListener<RuleRow>) change -> {
            if (model.runningProperty().get() && model.rows().stream().anyMatch(r -> r.scored().isPresent())
                    && once.compareAndSet(false, true)) {
                worker.interrupt(); // as a runner that cancels by interrupting would
            }
        });
        model.runAll();
        assertThat(Thread.interrupted()).as("the interrupt is kept for the task thread").isTrue();
        assertThat(errors).isEmpty();
        assertThat(model.analysisProperty().get().run().cancelled()).isTrue();
        assertThat(model(2).analysisProperty().get().runId()).isEqualTo(model.analysisProperty().get().runId());
    }

    @Test
    void theLatestStoredRunIsShownOnOpenAndOneRuleCanRunAgain() throws Exception {
        model(2).runAll();
        ReadinessViewModel reopened = model(2);
        assertThat(reopened.analysisProperty().get().readiness().level()).isEqualTo(Readiness.Level.NOT_READY);
        assertThat(row(reopened, "no-sandbox").result().orElseThrow().outcome().evidence()).isNotEmpty();

        reopened.details().selectedProperty().set(row(reopened, "todos"));
        reopened.runSelected();
        assertThat(reopened.analysisProperty().get().run().results()).hasSize(4);
        assertThat(row(reopened, "todos").word()).isEqualTo("Pass");

        reopened.details().selectedProperty().set(row(reopened, "no-sandbox"));
        reopened.details().showEvidence(row(reopened, "no-sandbox").result().orElseThrow().outcome().evidence()
                .get(0));
        var preview = reopened.details().previewProperty().get();
        assertThat(preview.lines().get(preview.line() - preview.firstLine())).isEqualTo("import app.sandbox");
    }
}
