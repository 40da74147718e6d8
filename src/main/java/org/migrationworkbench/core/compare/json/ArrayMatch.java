package org.migrationworkbench.core.compare.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.core.compare.json.RecordDiff.Outcome;
import org.migrationworkbench.core.compare.json.RecordTree.Num;

/**
 * Arrays inside a record: by position, or (declared in {@code arrayKeys}) as sets whose elements are paired by
 * an element key path ({@code sku}, {@code a.b}) or, with an empty key path, by whole value. An element without a
 * partner shows as one change at its own index (old index for old elements, new index for new ones); paired
 * elements are compared under the old element's index. With repeated element keys, the first ones pair.
 */
final class ArrayMatch {
    private final RecordDiff diff;
    private final JsonPaths paths;
    private final Function<Integer, List<String>> elementKeyOfTag;

    ArrayMatch(RecordDiff diff, JsonPaths paths, Function<Integer, List<String>> elementKeyOfTag) {
        this.diff = diff;
        this.paths = paths;
        this.elementKeyOfTag = elementKeyOfTag;
    }

    void inOrder(List<Object> a, List<Object> b, FieldPath path, long mask, Outcome out) {
        int n = Math.max(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            long m = mask == 0 ? 0 : paths.element(mask, i);
            if (diff.ignored(m)) {
                continue;
            }
            FieldPath p = path.element(i);
            if (i >= a.size()) {
                out.changes().add(new FieldChange(p.text(), "", RecordDiff.literal(b.get(i))));
            } else if (i >= b.size()) {
                out.changes().add(new FieldChange(p.text(), RecordDiff.literal(a.get(i)), ""));
            } else {
                diff.node(a.get(i), b.get(i), p, m, out);
            }
        }
    }

    void asSet(List<Object> a, List<Object> b, FieldPath path, long mask, int tag, Outcome out) {
        List<String> key = elementKeyOfTag.apply(tag);
        boolean[] paired = new boolean[b.size()];
        Map<String, List<Integer>> byKey = key.isEmpty() ? Map.of() : index(b, key);
        for (int i = 0; i < a.size(); i++) {
            long m = mask == 0 ? 0 : paths.element(mask, i);
            if (diff.ignored(m)) {
                continue;
            }
            FieldPath p = path.element(i);
            int j = key.isEmpty() ? equalElement(a.get(i), b, paired, p, m, out) : keyed(a.get(i), key, byKey);
            if (j < 0) {
                out.changes().add(new FieldChange(p.text(), RecordDiff.literal(a.get(i)), ""));
                continue;
            }
            paired[j] = true;
            if (!key.isEmpty()) {
                diff.node(a.get(i), b.get(j), p, m, out);
            }
        }
        for (int j = 0; j < b.size(); j++) {
            long m = mask == 0 ? 0 : paths.element(mask, j);
            if (!paired[j] && !diff.ignored(m)) {
                out.changes().add(new FieldChange(path.element(j).text(), "", RecordDiff.literal(b.get(j))));
            }
        }
    }

    /** The first unpaired element of b equal to x (within tolerance, whose counts then go to out), or -1. */
    private int equalElement(Object x, List<Object> b, boolean[] paired, FieldPath p, long m, Outcome out) {
        for (int j = 0; j < b.size(); j++) {
            if (paired[j]) {
                continue;
            }
            Outcome scratch = new Outcome(new ArrayList<>(), new HashMap<>());
            diff.node(x, b.get(j), p, m, scratch);
            if (scratch.changes().isEmpty()) {
                scratch.tolerated().forEach((f, n) -> out.tolerated().merge(f, n, Long::sum));
                return j;
            }
        }
        return -1;
    }

    private static int keyed(Object x, List<String> key, Map<String, List<Integer>> byKey) {
        List<Integer> js = byKey.get(keyOf(x, key));
        return js == null || js.isEmpty() ? -1 : js.remove(0);
    }

    private static Map<String, List<Integer>> index(List<Object> b, List<String> key) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int j = 0; j < b.size(); j++) {
            byKey.computeIfAbsent(keyOf(b.get(j), key), k -> new ArrayList<>()).add(j);
        }
        return byKey;
    }

    /** The element's key as text (missing parts as a marker no JSON value prints as). */
    private static String keyOf(Object element, List<String> key) {
        Object n = element;
        for (String part : key) {
            n = n instanceof Map<?, ?> m ? m.get(part) : null;
        }
        if (n == null) {
            return "\u0000missing";
        }
        return n instanceof Num num ? num.value().stripTrailingZeros().toPlainString() : RecordTree.literal(n);
    }
}
