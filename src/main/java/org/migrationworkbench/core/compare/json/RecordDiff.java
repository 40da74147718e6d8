package org.migrationworkbench.core.compare.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.migrationworkbench.core.compare.DifferenceTally;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.core.compare.json.JsonPaths.Role;

/**
 * The full comparison of two records (trees): one {@link FieldChange} per differing leaf, with paths such as
 * {@code $.items[2].qty} ({@code $} is the record); a value missing on one side shows as an empty string and
 * the other side's whole value. Numbers compare by value ({@code 10.0} = {@code 10}), within tolerance counts as
 * tolerated. Arrays compare by position, or as sets (see {@link ArrayMatch}). Thread-safe.
 */
final class RecordDiff {
    /** What two records differ in: the changed fields, and the tolerated values per field (indexes as [*]). */
    record Outcome(List<FieldChange> changes, Map<String, Long> tolerated) {
    }

    private final JsonPaths paths;
    private final Tolerances tolerances;
    private final ArrayMatch arrays;

    RecordDiff(JsonPaths paths, Tolerances tolerances, Function<Integer, List<String>> elementKeyOfTag) {
        this.paths = paths;
        this.tolerances = tolerances;
        this.arrays = new ArrayMatch(this, paths, elementKeyOfTag);
    }

    Outcome diff(JsonNode a, JsonNode b) {
        Outcome out = new Outcome(new ArrayList<>(), new HashMap<>());
        node(a, b, "$", paths.start(), out);
        return out;
    }

    void node(JsonNode a, JsonNode b, String path, long mask, Outcome out) {
        if (a.isObject() && b.isObject()) {
            objects(a, b, path, mask, out);
        } else if (a.isArray() && b.isArray()) {
            int set = paths.matched(mask, Role.SET);
            if (set >= 0) {
                arrays.asSet(a, b, path, mask, paths.tag(set), out);
            } else {
                arrays.inOrder(a, b, path, mask, out);
            }
        } else if (a.isNumber() && b.isNumber()) {
            numbers(a, b, path, out);
        } else if (!a.equals(b)) {
            out.changes().add(new FieldChange(path, literal(a), literal(b)));
        }
    }

    private void objects(JsonNode a, JsonNode b, String path, long mask, Outcome out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            long m = mask == 0 ? 0 : paths.field(mask, e.getKey());
            if (m != 0 && paths.matches(m, Role.IGNORE)) {
                continue;
            }
            JsonNode other = b.get(e.getKey());
            String p = child(path, e.getKey());
            if (other == null) {
                out.changes().add(new FieldChange(p, literal(e.getValue()), ""));
            } else {
                node(e.getValue(), other, p, m, out);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            long m = mask == 0 ? 0 : paths.field(mask, e.getKey());
            if (a.has(e.getKey()) || m != 0 && paths.matches(m, Role.IGNORE)) {
                continue;
            }
            out.changes().add(new FieldChange(child(path, e.getKey()), "", literal(e.getValue())));
        }
    }

    private void numbers(JsonNode a, JsonNode b, String path, Outcome out) {
        BigDecimal x = a.decimalValue();
        BigDecimal y = b.decimalValue();
        if (x.compareTo(y) == 0) {
            return;
        }
        if (Tolerances.within(x, y, tolerances.forPath(path))) {
            out.tolerated().merge(DifferenceTally.fieldKey(path), 1L, Long::sum);
        } else {
            out.changes().add(new FieldChange(path, literal(a), literal(b)));
        }
    }

    /** True when a value is ignored at this state. */
    boolean ignored(long mask) {
        return mask != 0 && paths.matches(mask, Role.IGNORE);
    }

    static String child(String path, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return path + "['" + name.replace("'", "\\'") + "']";
            }
        }
        return name.isEmpty() ? path + "['']" : path + "." + name;
    }

    static String literal(JsonNode n) {
        String s = n.toString();
        return s.length() > RecordSource.TEXT_LIMIT ? s.substring(0, RecordSource.TEXT_LIMIT) + "…" : s;
    }
}
