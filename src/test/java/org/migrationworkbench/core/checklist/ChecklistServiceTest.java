package org.migrationworkbench.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.guide.Guide;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.store.JdbcChecklistCatalogRepository;
import org.migrationworkbench.core.store.JdbcChecklistStateRepository;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;

class ChecklistServiceTest {
    @TempDir
    Path workspace;
    private WorkbenchStore store;
    private final AtomicReference<Guide> guide = new AtomicReference<>();
    private ChecklistService service;
    private final Checklist cutover = new Checklist("cutover", Optional.of("Cutover"),
            Optional.of(Path.of("cutover.md")), List.of(), Optional.empty());

    @BeforeEach
    void open() {
        store = WorkbenchStore.open(StoreConfig.forWorkspace(workspace, Map.of()));
        service = service();
    }

    private ChecklistService service() {
        return new ChecklistService((file, mode) -> guide.get(),
                new JdbcChecklistCatalogRepository(store.dataSource()),
                new JdbcChecklistStateRepository(store.dataSource()),
                Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String idOf(LoadedChecklist checklist, String text) {
        return checklist.entries().stream().filter(e -> e.item().text().equals(text)).findFirst().orElseThrow().id();
    }

    @Test
    void progressFollowsAnItemThatWasRewordedAndMoved() {
        guide.set(Guides.guide("#Prep", "Freeze all writes to the legacy database", "Announce the window",
                "#Go", "Switch DNS"));
        LoadedChecklist first = service.load(cutover);
        String freeze = idOf(first, "Freeze all writes to the legacy database");
        service.apply("cutover", freeze, Optional.empty(), ItemEdit.state("done"), "alice");

        guide.set(Guides.guide("#Prep", "Announce the window", "#Go", "Freeze all writes to the legacy DB",
                "Switch DNS"));
        LoadedChecklist second = service.load(cutover);
        assertThat(idOf(second, "Freeze all writes to the legacy DB")).isEqualTo(freeze);
        assertThat(second.state(freeze)).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo("done"));
        assertThat(second.progress()).isEqualTo(new ChecklistProgress(3, 1, 0, 0));
        assertThat(second.changes()).extracting(ItemChange::kind).containsExactly(ItemChange.Kind.REWORDED);
    }

    @Test
    void progressOfARemovedItemIsListedAsOrphanedAndKeptInHistory() {
        guide.set(Guides.guide("#Prep", "Freeze writes", "Announce the window"));
        LoadedChecklist first = service.load(cutover);
        String freeze = idOf(first, "Freeze writes");
        service.apply("cutover", freeze, Optional.empty(), ItemEdit.state("blocked", "waiting for ops"), "bob");

        guide.set(Guides.guide("#Prep", "Announce the window"));
        LoadedChecklist second = service.load(cutover);
        assertThat(second.orphans()).singleElement().satisfies(o -> {
            assertThat(o.item().text()).isEqualTo("Freeze writes");
            assertThat(o.state().reason()).isEqualTo("waiting for ops");
        });
        assertThat(service.history("cutover", freeze)).hasSize(1);

        guide.set(Guides.guide("#Prep", "Freeze writes", "Announce the window"));
        assertThat(service.load(cutover).state(freeze)).hasValueSatisfying(s ->
                assertThat(s.state()).isEqualTo("blocked"));
    }

    @Test
    void editsKeepWhatTheyDoNotChangeAndRecordWhoAndWhen() {
        guide.set(Guides.guide("#Prep", "Freeze writes"));
        String id = idOf(service.load(cutover), "Freeze writes");
        var noted = service.apply("cutover", id, Optional.empty(), ItemEdit.note("ask ops first"), "alice");
        var assigned = service.apply("cutover", id, Optional.of(noted), ItemEdit.assignee("carol"), "alice");
        var na = service.apply("cutover", id, Optional.of(assigned), ItemEdit.state("na", "no writes in v2"), "bob");
        assertThat(na).extracting("state", "note", "assignee", "reason", "actor")
                .containsExactly("na", "ask ops first", "carol", "no writes in v2", "bob");
        assertThat(na.changedAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        var done = service.apply("cutover", id, Optional.of(na), ItemEdit.state("done"), "bob");
        assertThat(done.reason()).isEmpty();
        assertThat(service.history("cutover", id)).extracting("state").containsExactly("open", "open", "na", "done");
    }

    @Test
    void aTickedBoxInTheGuideCountsAsDoneUntilSomeoneChangesIt() {
        Guide ticked = Guides.guide("#Prep", "Freeze writes");
        var item = ticked.items().get(0);
        guide.set(new Guide(ticked.title(), ticked.mode(), List.of(new org.migrationworkbench.core.guide.Section(
                "Prep", 1, 1, List.of("Prep"), List.of(new org.migrationworkbench.core.guide.GuideItem(item.text(),
                true, true, 3, List.of("Prep"), "", List.of(), List.of(), Optional.empty())), List.of(), List.of())),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        LoadedChecklist loaded = service.load(cutover);
        assertThat(loaded.progress()).isEqualTo(new ChecklistProgress(1, 1, 0, 0));
    }

    @Test
    void inlineItemsFormAChecklistWithStableIds() {
        Checklist inline = new Checklist("inventory", Optional.of("Inventory"), Optional.empty(),
                List.of("List the batch jobs", "List the consumers"), Optional.empty());
        LoadedChecklist first = service.load(inline);
        LoadedChecklist again = service().load(inline);
        assertThat(first.entries()).hasSize(2);
        assertThat(again.entries()).extracting(ChecklistEntry::id)
                .containsExactlyElementsOf(first.entries().stream().map(ChecklistEntry::id).toList());
    }
}
