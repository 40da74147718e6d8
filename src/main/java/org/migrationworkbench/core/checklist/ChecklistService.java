package org.migrationworkbench.core.checklist;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.guide.Guide;
import org.migrationworkbench.core.guide.GuideItem;
import org.migrationworkbench.core.guide.ItemMode;
import org.migrationworkbench.core.guide.Section;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.store.CatalogItem;
import org.migrationworkbench.core.store.ChecklistCatalogRepository;
import org.migrationworkbench.core.store.ChecklistStateRepository;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;

/**
 * Loads checklists with stable item ids and their recorded progress, and records changes. Every change is
 * written to the store at once. Blocking; thread-safe as far as the repositories are.
 */
public final class ChecklistService {
    private final GuideReader guides;
    private final ChecklistCatalogRepository catalog;
    private final ChecklistStateRepository states;
    private final Clock clock;
    private final ItemMatcher matcher = new ItemMatcher();

    public ChecklistService(GuideReader guides, ChecklistCatalogRepository catalog, ChecklistStateRepository states,
                            Clock clock) {
        this.guides = guides;
        this.catalog = catalog;
        this.states = states;
        this.clock = clock;
    }

    /** Imports the checklist's guide (or inline items), keeps ids stable against the last import, reads states. */
    public LoadedChecklist load(Checklist declaration) {
        Guide guide = declaration.file().map(file -> guides.read(file, ItemMode.AUTO))
                .orElseGet(() -> InlineGuides.of(declaration));
        List<GuideItem> items = guide.items();
        List<CatalogItem> previous = catalog.items(declaration.id());
        ItemMatcher.Result match = matcher.match(previous,
                items.stream().map(i -> new ItemMatcher.Parsed(i.text(), i.sectionPath())).toList());
        List<CatalogItem> current = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            current.add(new CatalogItem(match.ids().get(i), items.get(i).text(), items.get(i).sectionPath(), i, true));
        }
        if (!match.changes().isEmpty() || previous.size() != current.size()) {
            catalog.replace(declaration.id(), current, clock.instant());
        }
        Map<String, ItemState> recorded = states.currentStates(declaration.id());
        List<ChecklistSection> sections = new IdAssigner(match.ids()).sections(guide.sections());
        return new LoadedChecklist(declaration, guide, sections, recorded, match.changes(),
                orphans(previous, match.ids(), recorded));
    }

    private static List<Orphan> orphans(List<CatalogItem> previous, List<String> activeIds,
                                        Map<String, ItemState> recorded) {
        java.util.Set<String> active = new java.util.HashSet<>(activeIds);
        return previous.stream()
                .filter(item -> !active.contains(item.id()) && recorded.containsKey(item.id()))
                .map(item -> new Orphan(item, recorded.get(item.id())))
                .toList();
    }

    /** Applies an edit to an item, stores it with who and when, and returns the new state. */
    public ItemState apply(String checklistId, String itemId, Optional<ItemState> current, ItemEdit edit,
                           String actor) {
        String state = edit.state().orElse(current.map(ItemState::state).orElse("open"));
        String reason = edit.reason().orElse(current.map(ItemState::reason).orElse(""));
        if (!state.equals("na") && !state.equals("blocked")) {
            reason = "";
        }
        ItemState next = new ItemState(checklistId, itemId, state, actor, clock.instant(),
                edit.note().orElse(current.map(ItemState::note).orElse("")), reason,
                edit.assignee().orElse(current.map(ItemState::assignee).orElse("")));
        states.record(next);
        return next;
    }

    /** Every state the item has had, oldest first. */
    public List<ItemState> history(String checklistId, String itemId) {
        return states.history(checklistId, itemId);
    }

    /** Walks the guide in the same order as {@link Guide#items()}, handing out the matched ids. */
    private static final class IdAssigner {
        private final List<String> ids;
        private int next;

        IdAssigner(List<String> ids) {
            this.ids = ids;
        }

        List<ChecklistSection> sections(List<Section> sections) {
            List<ChecklistSection> out = new ArrayList<>();
            for (Section section : sections) {
                List<ChecklistEntry> items = entries(section.items());
                out.add(new ChecklistSection(section, items, sections(section.children())));
            }
            return out;
        }

        private List<ChecklistEntry> entries(List<GuideItem> items) {
            List<ChecklistEntry> out = new ArrayList<>();
            for (GuideItem item : items) {
                String id = ids.get(next++);
                out.add(new ChecklistEntry(id, item, entries(item.children())));
            }
            return out;
        }
    }
}
