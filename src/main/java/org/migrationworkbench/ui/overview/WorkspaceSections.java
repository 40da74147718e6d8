package org.migrationworkbench.ui.overview;

import atlantafx.base.controls.Card;
import atlantafx.base.controls.Message;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.ui.common.Styles;

/** Draws the Overview's workspace facts: header, warnings, target repository, counts and sign-off roles. */
final class WorkspaceSections {
    private WorkspaceSections() {
    }

    static VBox header(OverviewViewModel model) {
        Label title = new Label(model.name());
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setId("workspace-name");
        title.setWrapText(true);
        Label folder = new Label(model.folder());
        folder.getStyleClass().addAll(Styles.MUTED, Styles.MONO);
        VBox header = new VBox(4, title);
        if (!model.description().isBlank()) {
            Label description = new Label(model.description());
            description.setWrapText(true);
            header.getChildren().add(description);
        }
        header.getChildren().add(folder);
        return header;
    }

    static Message warnings(OverviewViewModel model) {
        Message warnings = new Message("Warnings", String.join("\n", model.warnings()),
                new FontIcon(Feather.ALERT_TRIANGLE));
        warnings.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
        return warnings;
    }

    static Card repositoryCard(OverviewViewModel model) {
        Card card = new Card();
        card.setId("repository-card");
        Label heading = new Label("Target repository", new FontIcon(Feather.GIT_BRANCH));
        heading.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        card.setHeader(heading);
        Label path = new Label(model.target());
        path.getStyleClass().addAll(Styles.MONO, Styles.MUTED);
        VBox body = new VBox(6, path);
        for (String line : model.repositoryLines()) {
            Label label = new Label(line);
            label.setWrapText(true);
            if (!model.repositoryAvailable()) {
                label.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
            }
            body.getChildren().add(label);
        }
        card.setBody(body);
        return card;
    }

    static FlowPane counts(OverviewViewModel model) {
        FlowPane tiles = new FlowPane(12, 12);
        tiles.setId("counts");
        for (OverviewViewModel.Count count : model.counts()) {
            Label value = new Label(Integer.toString(count.value()));
            value.getStyleClass().add(Styles.COUNT_VALUE);
            Label label = new Label(count.label());
            label.getStyleClass().add(Styles.COUNT_LABEL);
            VBox tile = new VBox(2, value, label);
            tile.setPadding(new Insets(10, 14, 10, 14));
            tile.setPrefWidth(140);
            tile.getStyleClass().add(Styles.COUNT_TILE);
            tiles.getChildren().add(tile);
        }
        return tiles;
    }

    static FlowPane roles(OverviewViewModel model) {
        FlowPane chips = new FlowPane(8, 8);
        chips.setId("roles");
        if (model.roles().isEmpty()) {
            Label none = new Label("No sign-off roles declared");
            none.getStyleClass().add(Styles.MUTED);
            chips.getChildren().add(none);
        }
        for (String role : model.roles()) {
            Label chip = new Label(role, new FontIcon(Feather.USER));
            chip.getStyleClass().add(Styles.CHIP);
            chips.getChildren().add(chip);
        }
        return chips;
    }

    static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }
}
