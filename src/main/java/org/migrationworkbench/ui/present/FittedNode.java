package org.migrationworkbench.ui.present;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** Shows a node of fixed size scaled to fit the space it gets (at most twice its size), top left aligned. */
final class FittedNode extends Pane {
    private static final double MAX_SCALE = 2;
    private final Region content;

    FittedNode(Region content) {
        this.content = content;
        getChildren().add(content);
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        double width = content.prefWidth(-1);
        double height = content.prefHeight(-1);
        double scale = Math.min(MAX_SCALE, Math.min(getWidth() / width, getHeight() / height));
        if (!(scale > 0)) {
            scale = 1;
        }
        content.resize(width, height);
        content.setScaleX(scale);
        content.setScaleY(scale);
        content.relocate((scale - 1) * width / 2, (scale - 1) * height / 2);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1);
    }
}
