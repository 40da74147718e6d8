package org.migrationworkbench.ui.checklist;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.migrationworkbench.core.checklist.ChecklistProgress;
import org.migrationworkbench.core.model.Checklist;

/**
 * A declared checklist as listed: its title and, once counted in the background, its progress; or why it
 * cannot be read. The same object stays in the list across workspace reloads while the checklist is declared.
 */
public final class ChecklistSummary {
    private final String id;
    private final ReadOnlyObjectWrapper<Checklist> declaration = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChecklistProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    ChecklistSummary(Checklist declaration) {
        this.id = declaration.id();
        this.declaration.set(declaration);
        this.title.set(declaration.displayTitle());
    }

    /** The declared title, else (once read) the guide's first heading, else the id. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String id() {
        return id;
    }

    public Checklist declaration() {
        return declaration.get();
    }

    public ReadOnlyObjectProperty<Checklist> declarationProperty() {
        return declaration.getReadOnlyProperty();
    }

    /** Progress as last counted; null until the checklist has been read. */
    public ReadOnlyObjectProperty<ChecklistProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the checklist cannot be read (e.g. a Markdown problem); empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void declare(Checklist next) {
        declaration.set(next);
        if (next.title().isPresent()) {
            title.set(next.title().get());
        }
    }

    void counted(ChecklistTree tree) {
        progress.set(tree.progress());
        title.set(tree.loaded().title());
        problem.set("");
    }

    void failed(String message) {
        progress.set(null);
        problem.set(message);
    }

    @Override
    public String toString() {
        return title.get() + (progress.get() == null ? "" : " " + progress.get());
    }
}
