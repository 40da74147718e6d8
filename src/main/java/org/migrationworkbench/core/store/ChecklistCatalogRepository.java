package org.migrationworkbench.core.store;

import java.time.Instant;
import java.util.List;

/**
 * The items each checklist had at its last import, with their stable ids. Items that left the guide stay
 * in the catalog as inactive, so their recorded progress can still be listed.
 */
public interface ChecklistCatalogRepository {
    /** Every item ever seen for the checklist (active first, in position order); empty if never imported. */
    List<CatalogItem> items(String checklistId);

    /**
     * Makes {@code active} the checklist's current items (in their given positions) and marks every other
     * known item of it inactive, in one transaction.
     */
    void replace(String checklistId, List<CatalogItem> active, Instant at);
}
