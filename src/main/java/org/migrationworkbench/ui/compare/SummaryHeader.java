package org.migrationworkbench.ui.compare;

import org.migrationworkbench.core.compare.Summary;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.ui.common.Styles;

/** The verdict line of a result, coloured match or different, with the comparator's notes below it. */
final class SummaryHeader {
    private final VBox root = new VBox(4);

    SummaryHeader(String title, CompareResult result) {
        this(title, result, new javafx.beans.property.SimpleStringProperty(""));
    }

    /** With {@code register} ("register: 3 entries, 1 expired") after the verdict while it is not empty. */
    SummaryHeader(String title, CompareResult result, javafx.beans.value.ObservableStringValue register) {
        root.getStyleClass().add(Styles.COMPARE_SUMMARY);
        root.getStyleClass().add(result.identical() ? Styles.COMPARE_MATCH : Styles.COMPARE_DIFFERENT);
        root.setId("compare-summary");
        FontIcon icon = new FontIcon(result.identical() ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE);
        Label verdict = new Label(Summary.of(result), icon);
        verdict.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> verdict(result,
                register.get()), register));
        verdict.setId("compare-verdict");
        verdict.setWrapText(true);
        Label what = new Label(title + " · compared as " + result.comparedAs().id());
        what.getStyleClass().add(Styles.MUTED);
        what.setId("compare-what");
        root.getChildren().addAll(new HBox(verdict), what);
        if (!result.notes().isEmpty()) {
            Label notes = new Label(String.join(" · ", result.notes()));
            notes.getStyleClass().add(Styles.MUTED);
            notes.setWrapText(true);
            notes.setId("compare-notes");
            root.getChildren().add(notes);
        }
    }

    /** "…; 2 accepted · register: 3 entries, 1 expired": what the register holds, apart from what it accepted. */
    static String verdict(CompareResult result, String register) {
        String summary = Summary.of(result);
        if (register == null || register.isEmpty()) {
            return summary;
        }
        return summary + " · " + register;
    }

    Node node() {
        return root;
    }
}
