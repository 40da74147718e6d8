package org.migrationworkbench.ui.compare;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/** A list skin that lets the diff view reach its virtual flow, to keep two panes at the same scroll position. */
final class DiffListSkin extends ListViewSkin<Integer> {
    DiffListSkin(ListView<Integer> list) {
        super(list);
    }

    VirtualFlow<? extends IndexedCell<?>> flow() {
        return getVirtualFlow();
    }

    /** Keeps the scroll positions of two lists of the same length and cell size equal. */
    static void synchronize(DiffListSkin a, DiffListSkin b) {
        boolean[] busy = {false};
        a.flow().positionProperty().addListener((obs, was, now) -> follow(busy, b, now.doubleValue()));
        b.flow().positionProperty().addListener((obs, was, now) -> follow(busy, a, now.doubleValue()));
    }

    private static void follow(boolean[] busy, DiffListSkin other, double position) {
        if (busy[0]) {
            return;
        }
        busy[0] = true;
        try {
            other.flow().setPosition(position);
        } finally {
            busy[0] = false;
        }
    }
}
