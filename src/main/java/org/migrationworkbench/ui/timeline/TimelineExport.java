package org.migrationworkbench.ui.timeline;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import org.migrationworkbench.core.timeline.TimelineData;
import org.migrationworkbench.ui.common.NodePictures;

/** The picture of a whole timeline for export: every row, not just the ones in view. FX thread. */
final class TimelineExport {
    /** Device pixels per layout pixel in an exported picture. */
    static final double SCALE = 2;

    private TimelineExport() {
    }

    /**
     * The whole chart of {@code data} with days {@code pixelsPerDay} wide, styled with {@code stylesheets} (the
     * window's, so the picture has the theme on screen), at {@link #SCALE}.
     */
    static WritableImage picture(TimelineData data, double pixelsPerDay, List<String> stylesheets) {
        Pane chart = WholeChart.of(data, pixelsPerDay);
        Scene scene = new Scene(new Group(chart));
        scene.getStylesheets().setAll(stylesheets);
        chart.applyCss();
        chart.layout();
        return NodePictures.snapshot(chart, SCALE);
    }
}
