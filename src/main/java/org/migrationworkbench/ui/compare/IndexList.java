package org.migrationworkbench.ui.compare;

import javafx.collections.ObservableListBase;

/** The numbers 0..size-1 as a list without storing them: the items of a virtualized list of display rows. */
final class IndexList extends ObservableListBase<Integer> {
    private final int size;

    IndexList(int size) {
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
