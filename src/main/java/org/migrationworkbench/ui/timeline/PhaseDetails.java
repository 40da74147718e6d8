package org.migrationworkbench.ui.timeline;

import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.GateMark;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.migrationworkbench.core.model.Gates;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.ui.common.Navigator;
import org.migrationworkbench.ui.common.Navigator.Kind;
import org.migrationworkbench.ui.common.Styles;

/** The chosen phase: its dates, status, slack, risk, gate requirements and links to what its gate needs. */
final class PhaseDetails {
    private final TimelineViewModel model;
    private final Navigator navigator;
    private final VBox box = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(box);

    /** {@code navigator} opens the phase's gate checklists, rules, comparisons and sign-offs in their views. */
    PhaseDetails(TimelineViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        box.setId("phase-details");
        box.getStyleClass().add(Styles.DETAIL_PANE);
        box.setPadding(new Insets(16));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinWidth(260);
        model.selectedProperty().addListener((obs, was, now) -> show());
        model.dataProperty().addListener((obs, was, now) -> show());
        show();
    }

    Node node() {
        return scroll;
    }

    private void show() {
        box.getChildren().clear();
        model.selectedRow().ifPresentOrElse(this::show, () -> box.getChildren().add(muted(
                "Click a phase to see its dates, status, slack and gate requirements.")));
    }

    private void show(TimelineRow row) {
        Label title = new Label(row.title());
        title.getStyleClass().add(Styles.DETAIL_TITLE);
        title.setWrapText(true);
        box.getChildren().addAll(title, muted(row.id()),
                field("Dates", row.dates().map(d -> d.start() + " → " + d.end() + " (" + d.days() + " days)")
                        .orElse("unscheduled"), "detail-dates"),
                field("Status", row.status().label(), "detail-status"),
                field("Slack", row.slackDays().map(s -> s + (s == 1 ? " day" : " days")
                        + (row.critical() ? " — on the critical path" : "")).orElse("—"), "detail-slack"),
                field("Risk", row.risk().label(), "detail-risk"),
                field("Depends on", row.dependsOn().isEmpty() ? "—" : String.join(", ", row.dependsOn()),
                        "detail-depends"),
                field("Gate", row.gate().label() + (row.gate() == GateMark.NONE ? ""
                        : " — checklists " + Math.round(row.progress() * 100) + "% done"), "detail-gate"));
        BaselineText.of(model.dataProperty().get().baseline(), row, ZoneId.systemDefault())
                .ifPresent(text -> box.getChildren().add(field("Against the baseline", text, "detail-baseline")));
        VBox requirements = new VBox(4);
        requirements.setId("detail-requirements");
        if (row.gate() != GateMark.NONE && row.requirements().isEmpty()) {
            requirements.getChildren().add(muted("Evaluating the gate…"));
        }
        row.requirements().forEach(r -> {
            Label line = new Label(r);
            line.setWrapText(true);
            requirements.getChildren().add(line);
        });
        box.getChildren().add(requirements);
        model.opened().workspace().phase(row.id()).map(Phase::gates).filter(g -> !g.isEmpty())
                .ifPresent(gates -> box.getChildren().add(links(row.id(), gates)));
    }

    /** One link per gate checklist, rule and comparison, and one to the gate's sign-offs. */
    private Node links(String phase, Gates gates) {
        VBox links = new VBox(2);
        links.setId("detail-links");
        Label heading = new Label("Open");
        heading.getStyleClass().add(Styles.FIELD_LABEL);
        links.getChildren().add(heading);
        gates.checklists().forEach(id -> links.getChildren().add(link("Checklist " + id, Kind.CHECKLIST, id)));
        gates.rules().forEach(id -> links.getChildren().add(link("Rule " + id, Kind.RULE, id)));
        gates.comparisons().forEach(id -> links.getChildren().add(link("Comparison " + id, Kind.COMPARISON, id)));
        if (!gates.signoffs().isEmpty()) {
            links.getChildren().add(link("Sign-offs of this gate (" + String.join(", ", gates.signoffs()) + ")",
                    Kind.SIGNOFFS, phase));
        }
        return links;
    }

    private Hyperlink link(String text, Kind kind, String id) {
        Hyperlink link = new Hyperlink(text);
        link.setId("link-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id);
        link.setWrapText(true);
        link.setOnAction(e -> navigator.show(new Navigator.Target(kind, id)));
        return link;
    }

    private static Node field(String name, String value, String id) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.FIELD_LABEL);
        Label text = new Label(value);
        text.setId(id);
        text.setWrapText(true);
        return new VBox(2, label, text);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }
}
