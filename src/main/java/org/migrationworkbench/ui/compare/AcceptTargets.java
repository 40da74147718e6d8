package org.migrationworkbench.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.FileComparison;

/** The difference each result view has selected, as a draft for "Accept…". */
final class AcceptTargets {
    private AcceptTargets() {
    }

    /** The selected record, narrowed to the field chosen in the filter. */
    static AcceptDraft record(RecordViewModel model) {
        Difference d = model.selectedProperty().get();
        if (d == null) {
            return null;
        }
        Optional<String> field = Optional.ofNullable(model.fieldProperty().get())
                .filter(f -> !RecordViewModel.ALL_FIELDS.equals(f));
        return AcceptDraft.forRecord(d, field);
    }

    /** The current difference (F7) of the side-by-side text view: its removed and added lines. */
    static AcceptDraft hunk(TextDiffViewModel model) {
        DiffAlignment a = model.alignmentProperty().get();
        int hunk = model.currentHunkProperty().get();
        if (a == null || hunk < 0 || hunk >= a.hunkCount()) {
            return null;
        }
        List<String> old = new ArrayList<>();
        List<String> neu = new ArrayList<>();
        int first = a.hunkRow(hunk);
        for (int r = first; r < first + a.hunkRows(hunk); r++) {
            DiffRow row = a.row(r);
            if (row.hasOld()) {
                old.add(model.oldLine(row.oldIndex()));
            }
            if (row.hasNew()) {
                neu.add(model.newLine(row.newIndex()));
            }
        }
        DiffRow start = a.row(first);
        String where = (hunk + 1) + " (" + (start.hasOld() ? "old line " + (start.oldIndex() + 1)
                : "new line " + (start.newIndex() + 1)) + ")";
        return AcceptDraft.forHunk(where, old, neu);
    }

    /** A changed, added or removed file of a folder comparison. */
    static AcceptDraft file(FileComparison f) {
        return f == null || f.status() == FileComparison.Status.IDENTICAL
                || f.status() == FileComparison.Status.ERROR ? null : AcceptDraft.forFile(f.path());
    }
}
