package org.migrationworkbench.ui.signoff;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.migrationworkbench.ui.common.Styles;

/** Evidence lines in three aligned columns: section (shown once per run), name, value. */
final class EvidenceList {
    private EvidenceList() {
    }

    static Node of(List<EvidenceText.Line> lines, String id, String emptyText) {
        if (lines.isEmpty()) {
            Label empty = new Label(emptyText);
            empty.setId(id);
            empty.getStyleClass().add(Styles.MUTED);
            empty.setWrapText(true);
            return empty;
        }
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add(Styles.SIGNOFF_EVIDENCE);
        grid.setHgap(14);
        grid.setVgap(4);
        ColumnConstraints section = new ColumnConstraints();
        section.setMinWidth(120);
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.NEVER);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(section, names, values);
        String last = "";
        for (int i = 0; i < lines.size(); i++) {
            EvidenceText.Line line = lines.get(i);
            Label sectionLabel = new Label(line.section().equals(last) ? "" : line.section());
            sectionLabel.getStyleClass().add(Styles.MUTED);
            Label name = new Label(line.name());
            name.getStyleClass().add(Styles.MONO);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(line.value());
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(i, sectionLabel, name, value);
            last = line.section();
        }
        return grid;
    }
}
