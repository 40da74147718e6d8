package org.migrationworkbench.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What the section readers share while one workbench.yaml is validated. */
final class LoadContext {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    final Problems problems;
    final DocBinder binder;
    final PathGuard workspace;
    final PathGuard target;

    LoadContext(Problems problems, DocBinder binder, PathGuard workspace, PathGuard target) {
        this.problems = problems;
        this.binder = binder;
        this.workspace = workspace;
        this.target = target;
    }

    /** Reports a missing or blank required text field; returns whether it is present. */
    boolean require(String value, String pointer, String field) {
        if (value == null || value.isBlank()) {
            problems.error(pointer, "missing required field '" + field + "'");
            return false;
        }
        return true;
    }

    /** Checks an id's form and that it is the first of its name in {@code seen}. */
    boolean checkId(String id, String pointer, Set<String> seen, String what) {
        String at = SourceMap.child(pointer, "id");
        if (!require(id, pointer, "id")) {
            return false;
        }
        if (!ID.matcher(id).matches()) {
            problems.error(at, "invalid " + what + " id '" + id
                    + "': use letters, digits, '.', '_' and '-', starting with a letter or digit");
            return false;
        }
        if (!seen.add(id)) {
            problems.error(at, "duplicate " + what + " id '" + id + "'");
            return false;
        }
        return true;
    }

    Optional<LocalDate> date(String text, String pointer) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            problems.error(pointer, "'" + text + "' is not a date; expected YYYY-MM-DD");
            return Optional.empty();
        }
    }

    /** Reports each entry of {@code ids} that is not in {@code known}, at its own position. */
    void checkReferences(List<String> ids, String listPointer, Set<String> known, String what) {
        for (int i = 0; i < ids.size(); i++) {
            checkReference(ids.get(i), SourceMap.child(listPointer, i), known, what);
        }
    }

    /** Reports {@code id} at {@code pointer} when it is not in {@code known}. */
    void checkReference(String id, String pointer, Set<String> known, String what) {
        if (!known.contains(id)) {
            problems.error(pointer, "unknown " + what + " '" + id + "'"
                    + (known.isEmpty() ? " (none declared)" : " (known: " + String.join(", ", known) + ")"));
        }
    }

    /** Each element of a top-level list with its pointer. */
    static List<Element> elements(List<JsonNode> nodes, String listPointer) {
        List<Element> out = new ArrayList<>();
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) {
                out.add(new Element(nodes.get(i), SourceMap.child(listPointer, i)));
            }
        }
        return out;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    static Set<String> newIds() {
        return new java.util.LinkedHashSet<>();
    }

    /** One list element and where it is. */
    record Element(JsonNode node, String pointer) {
    }
}
