package org.migrationworkbench.core.store;

import java.util.List;
import java.util.Objects;

/** An item as the catalog knows it: its stable id, its text and section path at the last import. */
public record CatalogItem(String id, String text, List<String> sectionPath, int position, boolean active) {
    public CatalogItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        sectionPath = List.copyOf(sectionPath);
    }
}
