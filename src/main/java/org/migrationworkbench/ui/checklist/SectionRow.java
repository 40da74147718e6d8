package org.migrationworkbench.ui.checklist;

import org.migrationworkbench.core.guide.Section;

/** A heading of the guide; shown bold with the progress of everything under it. */
public final class SectionRow extends ChecklistRow {
    private final Section section;

    SectionRow(ChecklistRow parent, Section section) {
        super(parent);
        this.section = section;
    }

    public Section section() {
        return section;
    }

    @Override
    public String text() {
        return section.title().isBlank() ? "Before the first heading" : section.title();
    }

    @Override
    public String key() {
        return "section:" + String.join("\u001f", section.path());
    }
}
