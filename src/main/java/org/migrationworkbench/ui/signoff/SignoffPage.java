package org.migrationworkbench.ui.signoff;

import atlantafx.base.controls.Message;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.ui.common.Styles;

/**
 * The Sign-offs view of one workspace: the verification banner, a header with the actions, the matrix, and the
 * selected gate's history with what changed since a stale approval.
 */
final class SignoffPage {
    private final SignoffsViewModel model;
    private final BorderPane root = new BorderPane();

    SignoffPage(SignoffsViewModel model) {
        this.model = model;
        root.setId("signoffs-page");
        MatrixGrid matrix = new MatrixGrid(model, this::open);
        ScrollPane scroll = new ScrollPane(matrix.node());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox top = new VBox(12, banner(), header(), legend());
        top.setPadding(new Insets(16, 20, 8, 20));
        SplitPane split = new SplitPane(padded(scroll), new GatePane(model).node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        root.setTop(top);
        root.setCenter(split);
    }

    Node node() {
        return root;
    }

    private Node banner() {
        Message message = new Message("Sign-off ledger fails verification", "", new FontIcon(Feather.ALERT_OCTAGON));
        message.setId("verification-banner");
        message.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        message.descriptionProperty().bind(model.bannerProperty());
        message.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private Node header() {
        Label title = new Label("Sign-offs");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button sign = new Button("Approve or reject…", new FontIcon(Feather.EDIT_3));
        sign.setId("sign-selected");
        sign.disableProperty().bind(model.selectedProperty().map(c -> !c.required()).orElse(true));
        sign.setOnAction(e -> open(model.selectedProperty().get()));
        Button refresh = new Button("Refresh", new FontIcon(Feather.REFRESH_CW));
        refresh.setId("signoffs-refresh");
        refresh.setOnAction(e -> model.load());
        HBox header = new HBox(10, title, grow, sign, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Node legend() {
        Label text = new Label("Select a cell to see its gate's history; double-click it, or use Approve or reject, "
                + "to sign. A stale approval no longer counts: the gate's evidence changed since.");
        text.getStyleClass().add(Styles.MUTED);
        text.setWrapText(true);
        return text;
    }

    private static Node padded(Node node) {
        VBox box = new VBox(node);
        VBox.setVgrow(node, Priority.ALWAYS);
        box.setPadding(new Insets(4, 20, 12, 20));
        return box;
    }

    private void open(MatrixCell cell) {
        if (cell != null) {
            model.draft(cell).ifPresent(draft -> SignDialog.show(root.getScene().getWindow(), draft));
        }
    }
}
