package org.migrationworkbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.store.ChecklistStateRepository;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;
import org.migrationworkbench.core.store.JdbcChecklistStateRepository;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar's ✕ on a task that keeps writing to a real H2 store. An interrupt of a thread inside an H2 write
 * closes the database for every connection (H2 closes its file when NIO reports ClosedByInterruptException), so
 * the cancel must only ask the work to stop.
 */
class TaskCancelTest extends FxRobot {
    @TempDir
    Path temp;
    private FxTaskRunner runner;
    private WorkbenchStore store;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (runner != null) {
            interact(runner::close);
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void cancellingATaskThatWritesToTheStoreStopsItAndLeavesTheStoreUsable() throws Exception {
        store = WorkbenchStore.open(StoreConfig.forWorkspace(temp, Map.of()));
        ChecklistStateRepository states = new JdbcChecklistStateRepository(store.dataSource());
        runner = new FxTaskRunner();
        TaskStatusBar bar = new TaskStatusBar(runner);
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new BorderPane(null, null, null, bar.node(), null), 800, 200));
            stage.show();
        });
        CountDownLatch writing = new CountDownLatch(20);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        interact(() -> runner.task("Ticking items", progress -> {
            try {
                for (int i = 0; ; i++) {
                    progress.checkCancelled();
                    states.record(new ItemState("cutover", "item-" + i % 50, i % 2 == 0 ? "done" : "open",
                            "alice", Instant.now(), "tick " + i));
                    writing.countDown();
                }
            } catch (CancelledException e) {
                sawCancel.set(true);
                throw e;
            } finally {
                ended.countDown();
            }
        }).onError(failed::set).start());
        assertThat(writing.await(30, TimeUnit.SECONDS)).as("the task writes").isTrue();
        Task<?> task = WaitForAsyncUtils.asyncFx(() -> runner.running().get(0)).get();

        interact(() -> lookup(n -> n instanceof Button b && "Cancel Ticking items".equals(b.getAccessibleText()))
                .queryButton().fire());

        assertThat(ended.await(30, TimeUnit.SECONDS)).as("the work stops promptly").isTrue();
        ItemState after = new ItemState("cutover", "after-cancel", "done", "bob", Instant.now(), "");
        new JdbcChecklistStateRepository(store.dataSource()).record(after);
        assertThat(new JdbcChecklistStateRepository(store.dataSource()).currentStates("cutover"))
                .as("the store is still open").containsEntry("after-cancel", after);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sawCancel).as("the work saw the cancel through its progress").isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(task::getState).get()).isEqualTo(Worker.State.CANCELLED);
        assertThat(WaitForAsyncUtils.asyncFx(() -> runner.running().isEmpty()).get())
                .as("the task left the status bar").isTrue();
        assertThat(failed.get()).as("a cancelled task reports no failure").isNull();
    }
}
