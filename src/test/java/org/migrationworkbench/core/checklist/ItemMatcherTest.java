package org.migrationworkbench.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.store.CatalogItem;

class ItemMatcherTest {
    private final ItemMatcher matcher = new ItemMatcher();

    private static ItemMatcher.Parsed item(String section, String text) {
        return new ItemMatcher.Parsed(text, List.of(section));
    }

    private List<CatalogItem> catalog(List<ItemMatcher.Parsed> items) {
        ItemMatcher.Result first = matcher.match(List.of(), items);
        List<CatalogItem> catalog = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            catalog.add(new CatalogItem(first.ids().get(i), items.get(i).text(), items.get(i).sectionPath(), i, true));
        }
        return catalog;
    }

    @Test
    void aFirstImportGivesEveryItemAReadableUniqueId() {
        ItemMatcher.Result result = matcher.match(List.of(), List.of(item("Prep", "Freeze writes"),
                item("Prep", "Freeze writes"), item("Go", "Switch DNS")));
        assertThat(result.ids()).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9-]+-[0-9a-f]{6}"));
        assertThat(result.ids().get(0)).startsWith("freeze-writes-");
        assertThat(result.changes()).extracting(ItemChange::kind).containsOnly(ItemChange.Kind.ADDED);
    }

    @Test
    void anUnchangedGuideKeepsEveryIdRepeatedItemsIncludedAndReportsNothing() {
        List<ItemMatcher.Parsed> items = List.of(item("Prep", "Freeze writes"), item("Prep", "Check the logs"),
                item("Go", "Check the logs"), item("Go", "Check the logs"));
        List<CatalogItem> before = new ArrayList<>(catalog(items));
        before.add(new CatalogItem("gone-123456", "An item that left", List.of("Prep"), 0, false));
        ItemMatcher.Result after = matcher.match(before, items);
        assertThat(after.ids()).containsExactlyElementsOf(before.subList(0, 4).stream().map(CatalogItem::id).toList());
        assertThat(after.changes()).isEmpty();
    }

    @Test
    void reorderedItemsKeepTheirIds() {
        List<CatalogItem> before = catalog(List.of(item("Prep", "Freeze writes"), item("Prep", "Back up the db")));
        ItemMatcher.Result after = matcher.match(before, List.of(item("Prep", "Back up the db"),
                item("Prep", "Freeze writes")));
        assertThat(after.ids()).containsExactly(before.get(1).id(), before.get(0).id());
        assertThat(after.changes()).isEmpty();
    }

    @Test
    void anItemMovedToAnotherSectionKeepsItsIdAndIsReportedMoved() {
        List<CatalogItem> before = catalog(List.of(item("Prep", "Freeze writes"), item("Go", "Switch DNS")));
        ItemMatcher.Result after = matcher.match(before, List.of(item("Go", "Freeze writes"), item("Go", "Switch DNS")));
        assertThat(after.ids()).containsExactly(before.get(0).id(), before.get(1).id());
        assertThat(after.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ItemChange.Kind.MOVED);
            assertThat(c.oldPath()).containsExactly("Prep");
            assertThat(c.newPath()).containsExactly("Go");
        });
    }

    @Test
    void aSlightlyRewordedItemKeepsItsId() {
        List<CatalogItem> before = catalog(List.of(item("Prep", "Freeze all writes to the legacy database"),
                item("Prep", "Announce the cutover window")));
        ItemMatcher.Result after = matcher.match(before, List.of(
                item("Prep", "Freeze all writes to the legacy DB"), item("Prep", "Announce the cut-over window!")));
        assertThat(after.ids()).containsExactly(before.get(0).id(), before.get(1).id());
        assertThat(after.changes()).extracting(ItemChange::kind).containsOnly(ItemChange.Kind.REWORDED);
    }

    @Test
    void anUnrelatedItemIsNewAndTheOldOneRemoved() {
        List<CatalogItem> before = catalog(List.of(item("Prep", "Freeze writes")));
        ItemMatcher.Result after = matcher.match(before, List.of(item("Prep", "Rotate the API keys")));
        assertThat(after.ids().get(0)).isNotEqualTo(before.get(0).id());
        assertThat(after.changes()).extracting(ItemChange::kind)
                .containsExactlyInAnyOrder(ItemChange.Kind.ADDED, ItemChange.Kind.REMOVED);
    }

    @Test
    void caseNumberingAndPunctuationDoNotChangeIdentity() {
        assertThat(ItemText.normalize("1. Review **API** Implementation!")).isEqualTo("review api implementation");
        assertThat(ItemText.normalize("- Café  ready")).isEqualTo("cafe ready");
        assertThat(ItemText.similarity("abc", "abc")).isEqualTo(1.0);
        assertThat(ItemText.similarity("freeze writes", "rotate keys")).isLessThan(ItemMatcher.SIMILARITY);
    }
}
