package org.migrationworkbench.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.checklist.ChecklistProgress;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;
import org.migrationworkbench.core.store.JdbcChecklistStateRepository;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;

/** The checklist view model on a real store, with every task and write run at once on the test thread. */
class ChecklistViewModelTest {
    @TempDir
    Path temp;
    private final List<Throwable> reported = new ArrayList<>();
    private OpenedWorkspace opened;
    private ChecklistViewModel model;

    @BeforeEach
    void open() {
        opened = ChecklistWorkspaces.open(ChecklistWorkspaces.write(temp.resolve("ws"), ChecklistWorkspaces.INLINE));
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private ChecklistViewModel model(Executor writes) {
        ChecklistContext context = new ChecklistContext(ChecklistWorkspaces.cutoverGuide(), new SameThreadTaskRunner(),
                writes, Runnable::run, (title, error) -> reported.add(error), "alice", Clock.systemUTC());
        model = new ChecklistViewModel(opened, context);
        model.load();
        return model;
    }

    private ChecklistViewModel model() {
        return model(Runnable::run);
    }

    private ItemRow select(String text) {
        ItemRow row = model.treeProperty().get().rows().stream().filter(ItemRow.class::isInstance)
                .map(ItemRow.class::cast).filter(r -> r.text().equals(text)).findFirst().orElseThrow();
        model.selection().select(row);
        return row;
    }

    private ItemState stored(ItemRow row) {
        return new JdbcChecklistStateRepository(opened.store().dataSource()).currentStates("x").get(row.id());
    }

    private List<ItemState> history(ItemRow row) {
        return new JdbcChecklistStateRepository(opened.store().dataSource()).history("x", row.id());
    }

    @Test
    void theFirstChecklistShowsWithItsFirstItemSelectedAndEveryChecklistIsCounted() {
        model();
        assertThat(model.checklists()).extracting(ChecklistSummary::id).containsExactly("x", "cutover");
        assertThat(model.treeProperty().get().checklistId()).isEqualTo("x");
        assertThat(model.selection().item()).hasValueSatisfying(i -> assertThat(i.text()).isEqualTo("Freeze writes"));
        assertThat(model.checklists().get(0).progressProperty().get()).hasToString("0/4");
        assertThat(model.checklists().get(1).progressProperty().get()).isEqualTo(new ChecklistProgress(4, 1, 0, 0));
    }

    @Test
    void spaceMarksAnItemDoneAtOnceStoresItAndMarksItOpenAgain() {
        model();
        ItemRow freeze = select("Freeze writes");
        model.toggle();
        assertThat(freeze.state()).isEqualTo("done");
        assertThat(stored(freeze).state()).isEqualTo("done");
        assertThat(stored(freeze).actor()).isEqualTo("alice");
        assertThat(model.checklists().get(0).progressProperty().get()).hasToString("1/4");
        assertThat(model.selection().historyProperty().get()).extracting(ItemState::state).containsExactly("done");

        model.toggle();
        assertThat(freeze.state()).isEqualTo("open");
        assertThat(stored(freeze).state()).isEqualTo("open");
        assertThat(model.selection().historyProperty().get()).extracting(ItemState::state)
                .containsExactly("done", "open");
        assertThat(reported).isEmpty();
    }

    @Test
    void notApplicableNeedsAReasonAndCountsAsComplete() {
        model();
        ItemRow dns = select("Switch DNS");
        assertThatThrownBy(() -> model.markNotApplicable("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(dns.state()).isEqualTo("open");

        model.markNotApplicable("  DNS stays with the old provider ");
        assertThat(dns.state()).isEqualTo("na");
        assertThat(stored(dns).reason()).isEqualTo("DNS stays with the old provider");
        assertThat(model.treeProperty().get().progress()).isEqualTo(new ChecklistProgress(4, 0, 1, 0));
    }

    @Test
    void undoAndRedoRestoreTheValuesAndAreWrittenAsNewHistoryRows() {
        model();
        ItemRow freeze = select("Freeze writes");
        model.toggle();
        model.setNote("done on staging first");
        model.markBlocked("waiting for the DBA");
        assertThat(history(freeze)).hasSize(3);

        select("Switch DNS");
        model.undo();
        assertThat(model.selection().item()).contains(freeze);
        assertThat(freeze.state()).isEqualTo("done");
        assertThat(stored(freeze).reason()).isEmpty();
        assertThat(stored(freeze).note()).isEqualTo("done on staging first");
        model.undo();
        model.undo();
        assertThat(stored(freeze).state()).isEqualTo("open");
        assertThat(stored(freeze).note()).isEmpty();
        assertThat(model.canUndo()).isFalse();

        model.redo();
        model.redo();
        model.redo();
        assertThat(freeze.state()).isEqualTo("blocked");
        assertThat(stored(freeze).reason()).isEqualTo("waiting for the DBA");
        assertThat(stored(freeze).note()).isEqualTo("done on staging first");
        assertThat(model.canRedo()).isFalse();
        assertThat(history(freeze)).extracting(ItemState::state)
                .containsExactly("done", "done", "blocked", "done", "done", "open", "done", "done", "blocked");
    }

    @Test
    void aNewEditAfterUndoCannotBeRedoneOver() {
        model();
        select("Freeze writes");
        model.toggle();
        model.undo();
        model.setAssignee("bob");
        assertThat(model.canRedo()).isFalse();
        assertThat(model.selection().item().orElseThrow().recorded().orElseThrow().assignee()).isEqualTo("bob");
    }

    @Test
    void nextOpenSkipsCompleteItemsAndStartsOverAtTheTop() {
        model();
        select("Announce the window");
        model.toggle();
        select("Freeze writes");
        model.toggle();

        assertThat(model.nextOpen()).isTrue();
        assertThat(model.selection().item().orElseThrow().text()).isEqualTo("Switch DNS");
        assertThat(model.nextOpen()).isTrue();
        assertThat(model.selection().item().orElseThrow().text()).isEqualTo("Tell sales ops");
        model.toggle();
        model.selection().select(select("Tell sales ops"));
        assertThat(model.nextOpen()).isTrue();
        assertThat(model.selection().item().orElseThrow().text()).isEqualTo("Switch DNS");
    }

    @Test
    void nextOpenSaysSoWhenNothingIsOpen() {
        model();
        for (String text : ChecklistWorkspaces.INLINE) {
            select(text);
            model.toggle();
        }
        assertThat(model.nextOpen()).isFalse();
        assertThat(model.selection().item().orElseThrow().text()).isEqualTo("Tell sales ops");
    }

    @Test
    void filtersShowOpenOrBlockedItemsOrMatchesOfTheSearchWithTheirSections() {
        model();
        select("Freeze writes");
        model.toggle();
        select("Switch DNS");
        model.markBlocked("registrar access missing");

        model.filterProperty().set(new ItemFilter(ItemFilter.Show.OPEN, ""));
        assertThat(texts()).containsExactly("Inline checks", "Announce the window", "Tell sales ops");
        assertThat(model.selection().item().orElseThrow().text()).isEqualTo("Announce the window");
        model.filterProperty().set(new ItemFilter(ItemFilter.Show.BLOCKED, ""));
        assertThat(texts()).containsExactly("Inline checks", "Switch DNS");
        model.filterProperty().set(new ItemFilter(ItemFilter.Show.ALL, "REGISTRAR"));
        assertThat(texts()).containsExactly("Inline checks", "Switch DNS");
        model.filterProperty().set(new ItemFilter(ItemFilter.Show.OPEN, "sales"));
        assertThat(texts()).containsExactly("Inline checks", "Tell sales ops");
        select("Tell sales ops");
        model.filterProperty().set(ItemFilter.NONE);
        assertThat(texts()).hasSize(5);
        assertThat(model.selection().item().orElseThrow().text()).isEqualTo("Tell sales ops");
    }

    @Test
    void sectionsCountEverythingBelowThemAndSectionsWithoutItemsAreLeftOut() {
        model();
        model.selectedChecklistProperty().set(model.checklists().get(1));
        ChecklistTree tree = model.treeProperty().get();
        assertThat(texts()).containsExactly("Prep", "Runbook reviewed", "Rollback rehearsed", "Change request filed",
                "Go", "Legacy cron disabled");
        assertThat(tree.roots().get(0).progress()).hasToString("1/3");
        ItemRow rehearse = select("Rollback rehearsed");
        model.toggle();
        assertThat(rehearse.parent().orElseThrow().progress()).hasToString("1/2");
        assertThat(tree.roots().get(0).progress()).hasToString("2/3");
        assertThat(model.checklists().get(1).progressProperty().get()).hasToString("2/4");
    }

    @Test
    void switchingBackToAChecklistSelectsTheItemSelectedThereBefore() {
        model();
        select("Switch DNS");
        model.selectedChecklistProperty().set(model.checklists().get(1));
        assertThat(model.selection().item().orElseThrow().text()).isEqualTo("Runbook reviewed");
        model.selectedChecklistProperty().set(model.checklists().get(0));
        assertThat(model.selection().item().orElseThrow().text()).isEqualTo("Switch DNS");
    }

    @Test
    void aFailedWriteIsReportedOnceAndTheItemGoesBackToItsStoredState() throws Exception {
        model();
        ItemRow freeze = select("Freeze writes");
        model.toggle();
        try (var connection = opened.store().dataSource().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("DROP TABLE checklist_item_event"); // every later write fails
        }

        model.toggle();
        model.toggle();
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)).hasMessageContaining("Could not save the state of item");
        assertThat(freeze.state()).isEqualTo("done");
        assertThat(model.checklists().get(0).progressProperty().get()).hasToString("1/4");
        model.undo();
        assertThat(freeze.state()).isEqualTo("done");
    }

    @Test
    void writesAreStoredInTheOrderMadeWhileTheViewShowsEachAtOnce() {
        Queue<Runnable> queued = new ArrayDeque<>();
        model(queued::add);
        queued.forEach(Runnable::run); // the history read of the first selection
        queued.clear();
        ItemRow freeze = select("Freeze writes");
        model.toggle();
        model.markBlocked("no maintenance window");
        model.toggle();
        assertThat(freeze.state()).isEqualTo("done");
        assertThat(stored(freeze)).isNull();

        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        assertThat(history(freeze)).extracting(ItemState::state).containsExactly("done", "blocked", "done");
        assertThat(freeze.state()).isEqualTo("done");
        assertThat(freeze.recorded().orElseThrow().changedAt()).isEqualTo(stored(freeze).changedAt());
    }

    @Test
    void aReloadKeepsTheSelectionAndShowsTheNewItems() {
        model();
        ItemRow dns = select("Switch DNS");
        model.toggle();
        List<String> more = new ArrayList<>(ChecklistWorkspaces.INLINE);
        more.add(1, "Back up the database");
        ChecklistWorkspaces.write(temp.resolve("ws"), more);

        model.reloaded(ChecklistWorkspaces.reload(opened));
        assertThat(texts()).contains("Back up the database");
        assertThat(model.selection().item()).hasValueSatisfying(i -> {
            assertThat(i.id()).isEqualTo(dns.id());
            assertThat(i.state()).isEqualTo("done");
        });
        assertThat(model.checklists().get(0).progressProperty().get()).hasToString("1/5");
    }

    @Test
    void aChecklistThatCannotBeReadShowsWhyAndTheOthersStillWork() {
        ChecklistContext context = new ChecklistContext((file, mode) -> {
            throw new org.migrationworkbench.core.WorkbenchException("cutover.md:3:1: broken table");
        }, new SameThreadTaskRunner(), Runnable::run, Runnable::run, (title, error) -> reported.add(error), "alice",
                Clock.systemUTC());
        model = new ChecklistViewModel(opened, context);
        model.load();
        assertThat(model.checklists().get(1).problemProperty().get()).contains("broken table");
        model.selectedChecklistProperty().set(model.checklists().get(1));
        assertThat(model.treeProperty().get()).isNull();
        assertThat(model.problemProperty().get()).contains("broken table");
        model.selectedChecklistProperty().set(model.checklists().get(0));
        assertThat(model.treeProperty().get().checklistId()).isEqualTo("x");
        assertThat(reported).isEmpty();
    }

    private List<String> texts() {
        return model.visibleRowsProperty().get().stream().map(ChecklistRow::text).toList();
    }
}
