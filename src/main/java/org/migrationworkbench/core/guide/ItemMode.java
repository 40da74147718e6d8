package org.migrationworkbench.core.guide;

/** Which list items of a guide become checklist items. */
public enum ItemMode {
    /** Only {@code - [ ]} / {@code - [x]} task items. */
    TASKS_ONLY,
    /** Every bulleted or numbered list item (for guides written without task boxes). */
    LIST_ITEMS,
    /** Tasks when the guide has any task boxes, else list items. */
    AUTO
}
