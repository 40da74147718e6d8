package org.migrationworkbench.core.checklist;

import java.util.Objects;
import org.migrationworkbench.core.store.CatalogItem;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;

/** An item that left the guide but has recorded progress: kept in history and listed, never dropped. */
public record Orphan(CatalogItem item, ItemState state) {
    public Orphan {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(state, "state");
    }
}
