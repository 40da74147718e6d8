package org.migrationworkbench.core.compare.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.core.compare.json.JsonPaths.Role;
import org.migrationworkbench.core.compare.json.RecordTree.Num;

/**
 * The full comparison of two records ({@link RecordTree}s): one {@link FieldChange} per differing leaf, with paths such as
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

    Outcome diff(Object a, Object b) {
        Outcome out = new Outcome(new ArrayList<>(), new HashMap<>());
        node(a, b, FieldPath.ROOT, paths.start(), out);
        return out;
    }

    @SuppressWarnings("unchecked")
    void node(Object a, Object b, FieldPath path, long mask, Outcome out) {
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            objects((Map<String, Object>) x, (Map<String, Object>) y, path, mask, out);
        } else if (a instanceof List<?> x && b instanceof List<?> y) {
            int set = paths.matched(mask, Role.SET);
            if (set >= 0) {
                arrays.asSet((List<Object>) x, (List<Object>) y, path, mask, paths.tag(set), out);
            } else {
                arrays.inOrder((List<Object>) x, (List<Object>) y, path, mask, out);
            }
        } else if (a instanceof Num x && b instanceof Num y) {
            numbers(x, y, path, out);
        } else if (!a.equals(b)) {
            out.changes().add(new FieldChange(path.text(), literal(a), literal(b)));
        }
    }

    private void objects(Map<String, Object> a, Map<String, Object> b, FieldPath path, long mask, Outcome out) {
        for (Map.Entry<String, Object> e : a.entrySet()) {
            long m = mask == 0 ? 0 : paths.field(mask, e.getKey());
            if (ignored(m)) {
                continue;
            }
            Object other = b.get(e.getKey());
            FieldPath p = path.field(e.getKey());
            if (other == null) {
                out.changes().add(new FieldChange(p.text(), literal(e.getValue()), ""));
            } else {
                node(e.getValue(), other, p, m, out);
            }
        }
        for (Map.Entry<String, Object> e : b.entrySet()) {
            long m = mask == 0 ? 0 : paths.field(mask, e.getKey());
            if (!a.containsKey(e.getKey()) && !ignored(m)) {
                out.changes().add(new FieldChange(path.field(e.getKey()).text(), "", literal(e.getValue())));
            }
        }
    }

    private void numbers(Num a, Num b, FieldPath path, Outcome out) {
        if (a.text().equals(b.text())) {
            return;
        }
        BigDecimal x = a.value();
        BigDecimal y = b.value();
        if (x.compareTo(y) == 0) {
            return;
        }
        if (tolerances.within(x, y, path)) {
            out.tolerated().merge(path.folded(), 1L, Long::sum);
        } else {
            out.changes().add(new FieldChange(path.text(), literal(a), literal(b)));
        }
    }

    /** True when a value is ignored at this state. */
    boolean ignored(long mask) {
        return mask != 0 && paths.matches(mask, Role.IGNORE);
    }

    static String literal(Object v) {
        String s = RecordTree.literal(v);
        return s.length() > RecordSource.TEXT_LIMIT ? s.substring(0, RecordSource.TEXT_LIMIT) + "…" : s;
    }
}
