package org.migrationworkbench.ui.compare;

import org.migrationworkbench.core.compare.Summary;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.migrationworkbench.core.compare.Normalizer;
import org.migrationworkbench.core.compare.TextOptions;
import org.migrationworkbench.core.compare.text.Edit;
import org.migrationworkbench.core.compare.text.LineChange;
import org.migrationworkbench.core.compare.text.TextDiff;
import org.migrationworkbench.ui.common.ErrorReporter;
import org.migrationworkbench.ui.task.TaskRunner;

/**
 * The side-by-side diff of two text files: the diff (computed in the background, again whenever an ignore
 * option changes), its display rows, the current difference for F7 / Shift+F7, and intraline changes computed
 * on demand for the rows on screen. UI thread only; {@link #dispose()} releases the files.
 */
public final class TextDiffViewModel {
    private static final int CACHED_LINE_CHANGES = 1024;
    private static final int LONGEST_INTRALINE = 20_000;

    private final Path oldFile;
    private final Path newFile;
    private final TextDiffer differ;
    private final IntralineDiffer intraline;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final List<Normalizer> normalizers;
    private final BooleanProperty ignoreWhitespace = new SimpleBooleanProperty();
    private final BooleanProperty ignoreCase = new SimpleBooleanProperty();
    private final BooleanProperty ignoreBlankLines = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<DiffAlignment> alignment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper currentHunk = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Map<Long, LineChange> lineChanges = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, LineChange> eldest) {
            return size() > CACHED_LINE_CHANGES;
        }
    };
    private TextDiff diff;
    private TaskRunner.Handle computing;
    private int generation;

    public TextDiffViewModel(Path oldFile, Path newFile, CompareContext context) {
        this(oldFile, newFile, context, TextOptions.EXACT);
    }

    /** Starts from the options a comparison ran with; the toggles change the flags, the normalizers stay. */
    public TextDiffViewModel(Path oldFile, Path newFile, CompareContext context, TextOptions start) {
        this.oldFile = oldFile;
        this.newFile = newFile;
        this.differ = context.texts();
        this.intraline = context.intraline();
        this.runner = context.runner();
        this.errors = context.errors();
        this.normalizers = start.normalizers();
        ignoreWhitespace.set(start.ignoreWhitespace());
        ignoreCase.set(start.ignoreCase());
        ignoreBlankLines.set(start.ignoreBlankLines());
        ignoreWhitespace.addListener((obs, was, now) -> compute());
        ignoreCase.addListener((obs, was, now) -> compute());
        ignoreBlankLines.addListener((obs, was, now) -> compute());
    }

    /** Computes the diff with the current options, replacing the one shown when done. */
    public void compute() {
        if (computing != null) {
            computing.cancel();
        }
        int mine = ++generation;
        TextOptions options = new TextOptions(ignoreWhitespace.get(), ignoreCase.get(), ignoreBlankLines.get(),
                normalizers);
        busy.set(true);
        computing = runner.task("Comparing " + newFile.getFileName(), p -> {
            TextDiff d = differ.diff(oldFile, newFile, options, p);
            return new Loaded(d, new DiffAlignment(d.edits(), d.oldLineCount(), d.newLineCount()));
        }).onSuccess(loaded -> show(mine, loaded)).onError(e -> failed(mine, e)).start();
    }

    private record Loaded(TextDiff diff, DiffAlignment alignment) {
    }

    private void show(int mine, Loaded loaded) {
        if (mine != generation) {
            loaded.diff().close();
            return;
        }
        busy.set(false);
        TextDiff previous = diff;
        diff = loaded.diff();
        lineChanges.clear();
        currentHunk.set(-1);
        alignment.set(loaded.alignment());
        if (previous != null) {
            previous.close();
        }
    }

    private void failed(int mine, Throwable error) {
        if (mine == generation) {
            busy.set(false);
            errors.report("Could not compare " + oldFile.getFileName() + " with " + newFile.getFileName(), error);
        }
    }

    /** Goes to the next difference; returns false at the last one. */
    public boolean next() {
        DiffAlignment a = alignment.get();
        if (a == null || currentHunk.get() + 1 >= a.hunkCount()) {
            return false;
        }
        currentHunk.set(currentHunk.get() + 1);
        return true;
    }

    /** Goes to the previous difference; returns false at the first one. */
    public boolean previous() {
        if (alignment.get() == null || currentHunk.get() <= 0) {
            return false;
        }
        currentHunk.set(currentHunk.get() - 1);
        return true;
    }

    /** Makes the difference at or after display row {@code row} the current one (a click on the change map). */
    public void goToRow(int row) {
        DiffAlignment a = alignment.get();
        if (a == null || a.hunkCount() == 0) {
            return;
        }
        int lo = 0;
        int hi = a.hunkCount() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a.hunkRow(mid) + a.hunkRows(mid) <= row) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        currentHunk.set(lo);
    }

    public String oldLine(int index) {
        return diff.oldLine(index);
    }

    public String newLine(int index) {
        return diff.newLine(index);
    }

    /** The intraline change of a changed row, computed once and kept for the rows seen last. */
    public Optional<LineChange> lineChange(DiffRow row) {
        if (row.kind() != DiffRow.Kind.CHANGED || diff == null) {
            return Optional.empty();
        }
        long key = ((long) row.oldIndex() << 32) | (row.newIndex() & 0xffffffffL);
        LineChange change = lineChanges.get(key);
        if (change == null) {
            String a = diff.oldLine(row.oldIndex());
            String b = diff.newLine(row.newIndex());
            if (a.length() + b.length() > LONGEST_INTRALINE) {
                return Optional.empty();
            }
            change = intraline.of(a, b);
            lineChanges.put(key, change);
        }
        return Optional.of(change);
    }

    /** "Difference 3 of 17", "No differences", or "Comparing…". */
    public String positionText() {
        DiffAlignment a = alignment.get();
        if (a == null) {
            return "Comparing…";
        }
        if (a.hunkCount() == 0) {
            return "No differences";
        }
        String of = String.format(java.util.Locale.ENGLISH, "%,d", a.hunkCount());
        return currentHunk.get() < 0 ? of + (a.hunkCount() == 1 ? " difference" : " differences")
                : String.format(java.util.Locale.ENGLISH, "Difference %,d of %s", currentHunk.get() + 1, of);
    }

    /** "41 lines removed, 43 added" over the whole diff. */
    public String linesText() {
        if (diff == null) {
            return "";
        }
        long removed = 0;
        long added = 0;
        for (Edit e : diff.edits()) {
            removed += e.oldLength();
            added += e.newLength();
        }
        return Summary.count(removed, "line") + " removed, " + Summary.number(added) + " added";
    }

    public void dispose() {
        generation++;
        if (computing != null) {
            computing.cancel();
        }
        if (diff != null) {
            diff.close();
            diff = null;
        }
    }

    public Path oldFile() {
        return oldFile;
    }

    public Path newFile() {
        return newFile;
    }

    public BooleanProperty ignoreWhitespaceProperty() {
        return ignoreWhitespace;
    }

    public BooleanProperty ignoreCaseProperty() {
        return ignoreCase;
    }

    public BooleanProperty ignoreBlankLinesProperty() {
        return ignoreBlankLines;
    }

    /** The display rows of the diff shown; null until the first diff is computed. */
    public ReadOnlyObjectProperty<DiffAlignment> alignmentProperty() {
        return alignment.getReadOnlyProperty();
    }

    /** Index of the current difference; -1 before F7 is first pressed. */
    public ReadOnlyIntegerProperty currentHunkProperty() {
        return currentHunk.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
