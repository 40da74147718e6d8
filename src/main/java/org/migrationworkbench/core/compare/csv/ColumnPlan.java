package org.migrationworkbench.core.compare.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.CompareOptions;
import org.migrationworkbench.core.model.Tolerance;

/**
 * Which column is what, matched by name across the two headers: every column of either file gets one id
 * (old header order, then the new-only columns); each is a key column, ignored, or compared. A column only on
 * one side is compared as empty on the other.
 */
final class ColumnPlan {
    enum Role { KEY, IGNORED, COMPARED }

    private final List<String> names = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<String> keys;
    private final List<String> notes = new ArrayList<>();
    private final Tolerance[] tolerances;

    ColumnPlan(CsvHeader oldHeader, CsvHeader newHeader, CompareOptions options) {
        this.keys = options.keys();
        requireUnique(oldHeader);
        requireUnique(newHeader);
        addAll(oldHeader.names(), options);
        addAll(newHeader.names(), options);
        for (String key : keys) {
            requireColumn(oldHeader, key);
            requireColumn(newHeader, key);
        }
        noteOneSided(oldHeader, newHeader);
        for (String ignored : options.ignore()) {
            if (!names.contains(ignored)) {
                notes.add("Ignored column '" + ignored + "' is in neither header.");
            }
        }
        tolerances = names.stream().map(options::toleranceFor).toArray(Tolerance[]::new);
    }

    private void addAll(List<String> header, CompareOptions options) {
        for (String name : header) {
            if (!names.contains(name)) {
                names.add(name);
                roles.add(keys.contains(name) ? Role.KEY : options.ignore().contains(name) ? Role.IGNORED
                        : Role.COMPARED);
            }
        }
    }

    private static void requireUnique(CsvHeader header) {
        Set<String> seen = new HashSet<>();
        for (String name : header.names()) {
            if (!seen.add(name)) {
                throw new WorkbenchException(header.where() + ": the header names column '" + name
                        + "' twice; columns are matched by name, so each name must be unique.");
            }
        }
    }

    private static void requireColumn(CsvHeader header, String key) {
        if (header.names().isEmpty() || header.indexOf(key) >= 0) {
            return;
        }
        throw new WorkbenchException(header.where() + ": no column '" + key + "' for the key; the header has "
                + String.join(", ", header.names()) + ".");
    }

    private void noteOneSided(CsvHeader oldHeader, CsvHeader newHeader) {
        if (oldHeader.names().isEmpty() || newHeader.names().isEmpty()) {
            return;
        }
        for (String name : names) {
            boolean inOld = oldHeader.indexOf(name) >= 0;
            boolean inNew = newHeader.indexOf(name) >= 0;
            if (inOld != inNew && roleOf(name) == Role.COMPARED) {
                notes.add("Column '" + name + "' is only in the " + (inOld ? "old" : "new")
                        + " file; its values are compared with empty cells (ignore it to hide them).");
            }
        }
    }

    private Role roleOf(String name) {
        return roles.get(names.indexOf(name));
    }

    /** For each cell of a row of {@code header}: the column id. */
    int[] columnsOf(CsvHeader header) {
        return header.names().stream().mapToInt(names::indexOf).toArray();
    }

    /** For each cell of a row of {@code header}: its place in the key, or -1. */
    int[] keySlotsOf(CsvHeader header) {
        return header.names().stream().mapToInt(keys::indexOf).toArray();
    }

    Role role(int column) {
        return roles.get(column);
    }

    String name(int column) {
        return names.get(column);
    }

    int size() {
        return names.size();
    }

    List<String> keys() {
        return keys;
    }

    int keyCount() {
        return keys.size();
    }

    Tolerance tolerance(int column) {
        return tolerances[column];
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
