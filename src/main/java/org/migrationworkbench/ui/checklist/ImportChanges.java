package org.migrationworkbench.ui.checklist;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.migrationworkbench.core.checklist.ItemChange;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.checklist.Orphan;

/**
 * What the last import of a checklist changed against the one before, in words: how many items were added,
 * removed, reworded and moved, and the progress left behind by items that are gone.
 */
record ImportChanges(String summary, List<String> orphans) {

    /** Empty when nothing changed, and for a first import (where every item is new). */
    static Optional<ImportChanges> of(LoadedChecklist loaded) {
        List<ItemChange> changes = loaded.changes();
        boolean firstImport = !changes.isEmpty() && changes.size() == loaded.entries().size()
                && changes.stream().allMatch(c -> c.kind() == ItemChange.Kind.ADDED);
        if (firstImport || changes.isEmpty() && loaded.orphans().isEmpty()) {
            return Optional.empty();
        }
        Map<ItemChange.Kind, Long> counts = changes.stream()
                .collect(Collectors.groupingBy(ItemChange::kind, () -> new EnumMap<>(ItemChange.Kind.class),
                        Collectors.counting()));
        String summary = counts.isEmpty() ? "No items changed"
                : counts.entrySet().stream().map(e -> e.getValue() + " " + word(e.getKey()))
                        .collect(Collectors.joining(" · "));
        return Optional.of(new ImportChanges(summary, loaded.orphans().stream().map(ImportChanges::line).toList()));
    }

    private static String word(ItemChange.Kind kind) {
        return switch (kind) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case REWORDED -> "reworded";
            case MOVED -> "moved";
        };
    }

    private static String line(Orphan orphan) {
        String reason = orphan.state().reason().isBlank() ? "" : ": " + orphan.state().reason();
        return orphan.item().text() + " — " + StateLook.word(orphan.state().state()) + reason + " ("
                + StateLook.change(orphan.state()) + ")";
    }
}
