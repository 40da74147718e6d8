package org.migrationworkbench.ui.compare;

import org.migrationworkbench.core.compare.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.DifferenceTally;
import org.migrationworkbench.core.compare.FieldChange;

/**
 * The differing records of a JSON or CSV comparison (the result's samples), filtered by field, with per-field
 * statistics and the selected record's field changes. UI thread only.
 */
public final class RecordViewModel {
    /** The field choice that shows every record. */
    public static final String ALL_FIELDS = "All fields";

    /** One line of the per-field statistics. */
    public record FieldRow(String field, long changed, long tolerated, long ignored) {
    }

    private final CompareResult result;
    private final ObservableList<Difference> records;
    private final FilteredList<Difference> visible;
    private final StringProperty field = new SimpleStringProperty(ALL_FIELDS);
    private final ObjectProperty<Difference> selected = new SimpleObjectProperty<>();

    public RecordViewModel(CompareResult result) {
        this.result = result;
        records = FXCollections.observableArrayList(result.samples());
        visible = new FilteredList<>(records);
        field.addListener((obs, was, now) -> filter(now));
    }

    private void filter(String name) {
        if (name == null || ALL_FIELDS.equals(name)) {
            visible.setPredicate(null);
        } else {
            visible.setPredicate(d -> touches(d, name));
        }
        if (selected.get() != null && !visible.contains(selected.get())) {
            selected.set(null);
        }
    }

    /** Whether a record differs in a field (given as a path or as its statistics key, {@code $.items[*].qty}). */
    static boolean touches(Difference d, String field) {
        return d.fields().stream().anyMatch(f -> f.path().equals(field)
                || DifferenceTally.fieldKey(f.path()).equals(field));
    }

    /** "All fields" and every field that differs or was counted, by statistics key. */
    public List<String> fieldChoices() {
        TreeSet<String> names = new TreeSet<>(result.fields().keySet());
        result.samples().forEach(d -> d.fields().forEach(f -> names.add(DifferenceTally.fieldKey(f.path()))));
        List<String> out = new ArrayList<>(List.of(ALL_FIELDS));
        out.addAll(names);
        return out;
    }

    public List<FieldRow> fieldRows() {
        return fieldsByChanges(result).stream()
                .map(e -> new FieldRow(e.getKey(), e.getValue().changed(), e.getValue().tolerated(),
                        e.getValue().ignored()))
                .toList();
    }

    /** "Showing the first 200 of 1,204 differences" when the result kept only samples; else empty. */
    public String sampleNote() {
        long all = result.differences();
        if (result.samples().size() >= all) {
            return "";
        }
        return String.format(Locale.ENGLISH, "Showing the first %,d of %,d differences", result.samples().size(),
                all);
    }

    /** The field names of a record's changes, as the table shows them. */
    public static String fieldsText(Difference d) {
        return String.join(", ", d.fields().stream().map(FieldChange::path).toList());
    }

    public static String kindText(Difference d) {
        return d.kind().name().toLowerCase(Locale.ROOT);
    }

    /** The differing records the field filter lets through. */
    public ObservableList<Difference> visibleRecords() {
        return visible;
    }

    /** The chosen field; {@link #ALL_FIELDS} shows every record. */
    public StringProperty fieldProperty() {
        return field;
    }

    /** The record whose changes the detail pane shows; null for none. */
    public ObjectProperty<Difference> selectedProperty() {
        return selected;
    }

    /** Per-field statistics in a stable order: most changed first, then by name. */
    static java.util.List<java.util.Map.Entry<String, org.migrationworkbench.core.compare.FieldStats>> fieldsByChanges(org.migrationworkbench.core.compare.CompareResult r) {
        return r.fields().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, org.migrationworkbench.core.compare.FieldStats>comparingByValue(
                        (a, b) -> Long.compare(b.changed(), a.changed())).thenComparing(java.util.Map.Entry.comparingByKey()))
                .toList();
    }
}
