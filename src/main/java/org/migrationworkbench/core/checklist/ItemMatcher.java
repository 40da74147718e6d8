package org.migrationworkbench.core.checklist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migrationworkbench.core.store.CatalogItem;

/**
 * Gives the items of a freshly imported guide the ids they had at the last import, so progress follows an
 * item that was reworded slightly, moved to another section or reordered. Matching runs in passes: same
 * normalized text in the same section; same text elsewhere (moved); then similar text (Dice coefficient of
 * character bigrams at least {@link #SIMILARITY}), preferring the same section. Unmatched new items get new
 * ids; unmatched old items are reported as removed.
 */
public final class ItemMatcher {
    /** Least similarity for a reworded item to keep its id. */
    public static final double SIMILARITY = 0.72;
    /** Beyond this many unmatched items on both sides, similar-text matching is skipped (it is quadratic). */
    static final int FUZZY_LIMIT = 3_000;

    /** One item of the new import: its text, section path and position. */
    public record Parsed(String text, List<String> sectionPath) {
    }

    /** The id of each new item (by position) and the changes against the catalog. */
    public record Result(List<String> ids, List<ItemChange> changes) {
    }

    public Result match(List<CatalogItem> previous, List<Parsed> current) {
        Optional<Result> unchanged = unchanged(previous, current);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        String[] ids = new String[current.size()];
        Set<String> free = new HashSet<>();
        previous.stream().filter(CatalogItem::active).forEach(p -> free.add(p.id()));
        Map<String, CatalogItem> byId = new LinkedHashMap<>();
        previous.forEach(p -> byId.put(p.id(), p));
        List<ItemChange> changes = new ArrayList<>();

        exact(previous, current, ids, free, true);
        List<Integer> moved = exact(previous, current, ids, free, false);
        for (int i : moved) {
            CatalogItem old = byId.get(ids[i]);
            changes.add(change(ItemChange.Kind.MOVED, old, current.get(i), ids[i]));
        }
        similar(previous, current, ids, free, byId, changes);
        Set<String> taken = new HashSet<>(byId.keySet());
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == null) {
                ids[i] = newId(current.get(i), taken);
                changes.add(new ItemChange(ItemChange.Kind.ADDED, ids[i], "", current.get(i).text(), List.of(),
                        current.get(i).sectionPath()));
            }
        }
        previous.stream().filter(p -> free.contains(p.id())).forEach(p -> changes.add(new ItemChange(
                ItemChange.Kind.REMOVED, p.id(), p.text(), "", p.sectionPath(), List.of())));
        return new Result(List.of(ids), changes);
    }

    /**
     * The common case, a guide read again without edits: the same texts in the same sections and order as the
     * active catalog. The passes below would give each item its old id and report nothing; this checks in one
     * cheap pass (a 20,000-item guide matches in about a millisecond instead of a hundred).
     */
    private static Optional<Result> unchanged(List<CatalogItem> previous, List<Parsed> current) {
        List<CatalogItem> active = previous.stream().filter(CatalogItem::active)
                .sorted(Comparator.comparingInt(CatalogItem::position)).toList();
        if (current.isEmpty() || active.size() != current.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < active.size(); i++) {
            if (!active.get(i).text().equals(current.get(i).text())
                    || !active.get(i).sectionPath().equals(current.get(i).sectionPath())) {
                return Optional.empty();
            }
        }
        return Optional.of(new Result(active.stream().map(CatalogItem::id).toList(), List.of()));
    }

    /** Assigns ids by equal normalized text (and section, when {@code samePath}); returns the positions matched. */
    private static List<Integer> exact(List<CatalogItem> previous, List<Parsed> current, String[] ids,
                                       Set<String> free, boolean samePath) {
        Map<String, List<CatalogItem>> candidates = new HashMap<>();
        for (CatalogItem p : previous) {
            if (free.contains(p.id())) {
                candidates.computeIfAbsent(key(p.text(), p.sectionPath(), samePath), k -> new ArrayList<>()).add(p);
            }
        }
        List<Integer> matched = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            if (ids[i] != null) {
                continue;
            }
            List<CatalogItem> same = candidates.get(key(current.get(i).text(), current.get(i).sectionPath(), samePath));
            if (same != null && !same.isEmpty()) {
                ids[i] = same.remove(0).id();
                free.remove(ids[i]);
                matched.add(i);
            }
        }
        return matched;
    }

    private static void similar(List<CatalogItem> previous, List<Parsed> current, String[] ids, Set<String> free,
                                Map<String, CatalogItem> byId, List<ItemChange> changes) {
        List<CatalogItem> left = previous.stream().filter(p -> free.contains(p.id())).toList();
        long open = java.util.Arrays.stream(ids).filter(java.util.Objects::isNull).count();
        if (left.isEmpty() || open == 0 || left.size() > FUZZY_LIMIT && open > FUZZY_LIMIT) {
            return;
        }
        Map<String, String> normalized = new HashMap<>();
        left.forEach(p -> normalized.put(p.id(), ItemText.normalize(p.text())));
        for (int i = 0; i < current.size(); i++) {
            if (ids[i] != null) {
                continue;
            }
            Parsed item = current.get(i);
            String text = ItemText.normalize(item.text());
            CatalogItem best = null;
            double bestScore = SIMILARITY;
            for (CatalogItem p : left) {
                if (!free.contains(p.id())) {
                    continue;
                }
                double score = ItemText.similarity(text, normalized.get(p.id()))
                        + (p.sectionPath().equals(item.sectionPath()) ? 0.05 : 0);
                if (score >= bestScore) {
                    best = p;
                    bestScore = score;
                }
            }
            if (best != null) {
                ids[i] = best.id();
                free.remove(best.id());
                changes.add(change(ItemChange.Kind.REWORDED, byId.get(best.id()), item, best.id()));
            }
        }
    }

    private static ItemChange change(ItemChange.Kind kind, CatalogItem old, Parsed now, String id) {
        return new ItemChange(kind, id, old.text(), now.text(), old.sectionPath(), now.sectionPath());
    }

    private static String key(String text, List<String> path, boolean withPath) {
        String normalized = ItemText.normalize(text);
        return withPath ? String.join("\u001f", path) + "\u001e" + normalized : normalized;
    }

    /** A readable id from the text plus a short hash, unique among {@code taken}. */
    static String newId(Parsed item, Set<String> taken) {
        String slug = ItemText.normalize(item.text()).replace(' ', '-');
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        String seed = String.join("/", item.sectionPath()) + "\n" + item.text();
        for (int attempt = 0; ; attempt++) {
            String id = (slug.isEmpty() ? "item" : slug) + "-" + hash(seed + "#" + attempt);
            if (taken.add(id)) {
                return id;
            }
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
