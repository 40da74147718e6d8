package org.migrationworkbench.ui.timeline;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.common.DeclaredPage;
import org.migrationworkbench.ui.common.Tables;

/** The phases in date order, with their dependencies. */
public final class TimelineView {
    private final DeclaredPage page;

    public TimelineView(ReadOnlyObjectProperty<OpenedWorkspace> opened) {
        page = new DeclaredPage("timeline", "Timeline",
                "Phases in date order as declared in workbench.yaml. The Gantt chart is not available yet.",
                opened, TimelineView::table);
    }

    public Node node() {
        return page.node();
    }

    private static Node table(OpenedWorkspace opened) {
        List<Phase> phases = opened.workspace().phases().stream()
                .sorted(Comparator.comparing((Phase p) -> p.schedule().map(s -> s.start()).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return Tables.of(phases, "No phases",
                new Tables.Column<Phase>("Phase", Phase::title, Phase::id, 280),
                new Tables.Column<Phase>("Start", p -> p.schedule().map(s -> s.start().toString()).orElse("—"), 110),
                new Tables.Column<Phase>("End", p -> p.schedule().map(s -> s.end().toString()).orElse("—"), 110),
                new Tables.Column<Phase>("Days", p -> p.schedule().map(s -> Long.toString(s.days())).orElse("—"), 60),
                new Tables.Column<Phase>("Risk", p -> p.risk().label(), 80),
                new Tables.Column<Phase>("Depends on", p -> String.join(", ", p.dependsOn()), 200));
    }
}
