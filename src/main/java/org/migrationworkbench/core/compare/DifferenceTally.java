package org.migrationworkbench.core.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Counts what comparators find, the same way for every format: applies the accepted-differences register,
 * keeps the first samples, forwards every difference that counts to the sink, and builds the result.
 * Thread-safe; comparators report tolerated and ignored values in bulk.
 */
public final class DifferenceTally {
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final int SAMPLE_LINES = 20;

    private final CompareOptions options;
    private final DifferenceSink sink;
    private final List<AcceptedDifference> active = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private final Map<String, FieldStats> fields = new TreeMap<>();
    private final List<Difference> samples = new ArrayList<>();
    private List<String> fingerprints = List.of();
    private long oldCount;
    private long newCount;
    private long added;
    private long removed;
    private long changed;
    private long changedFields;
    private long tolerated;
    private long ignored;
    private long accepted;
    private long duplicates;
    /** Text hunks count lines; records count records. */
    private boolean textMode;

    public DifferenceTally(CompareOptions options, DifferenceSink sink, LocalDate today) {
        this.options = options;
        this.sink = sink;
        for (AcceptedDifference a : options.accepted()) {
            if (a.activeOn(today)) {
                active.add(a);
            } else {
                notes.add("Acceptance '" + a.id() + "' expired on " + a.expires().orElseThrow()
                        + "; its differences count again.");
            }
        }
    }

    public synchronized void counts(long oldItems, long newItems) {
        oldCount = oldItems;
        newCount = newItems;
    }

    /**
     * The fingerprints ({@link InputDigest#fingerprint}) of the two files, when the comparator computed them
     * while reading; the input digest then needs no second read of the files.
     */
    public synchronized void fingerprints(String oldFingerprint, String newFingerprint) {
        fingerprints = List.of(oldFingerprint, newFingerprint);
    }

    synchronized List<String> fingerprints() {
        return fingerprints;
    }

    public synchronized void note(String note) {
        notes.add(note);
    }

    public synchronized void tolerated(String field, long n) {
        tolerated += n;
        fields.merge(fieldKey(field), new FieldStats(0, n, 0), FieldStats::plus);
    }

    public synchronized void ignored(String field, long n) {
        ignored += n;
        fields.merge(fieldKey(field), new FieldStats(0, 0, n), FieldStats::plus);
    }

    /** Reports one difference; it counts unless the register accepts it. */
    public synchronized void difference(Difference d) {
        Difference left = unaccepted(d);
        if (left == null) {
            accepted++;
            return;
        }
        switch (left.kind()) {
            case ADDED -> added += textMode ? left.newLines().size() : 1;
            case REMOVED -> removed += textMode ? left.oldLines().size() : 1;
            case DUPLICATE -> duplicates++;
            case CHANGED -> countChanged(left);
        }
        if (samples.size() < options.sampleLimit()) {
            samples.add(trimmed(left));
        }
        sink.accept(left);
    }

    /** Text comparators call this first: ADDED/REMOVED/CHANGED then count lines, not records. */
    public synchronized DifferenceTally lines() {
        textMode = true;
        return this;
    }

    private void countChanged(Difference d) {
        if (textMode) {
            removed += d.oldLines().size();
            added += d.newLines().size();
            changed += Math.min(d.oldLines().size(), d.newLines().size());
            return;
        }
        changed++;
        changedFields += d.fields().size();
        for (FieldChange f : d.fields()) {
            fields.merge(fieldKey(f.path()), new FieldStats(1, 0, 0), FieldStats::plus);
        }
    }

    private Difference unaccepted(Difference d) {
        if (active.isEmpty()) {
            return d;
        }
        if (textMode) {
            return allLinesAccepted(d) ? null : d;
        }
        List<AcceptedDifference> forKey = active.stream().filter(a -> a.match().matcher(d.key()).find()).toList();
        if (forKey.isEmpty()) {
            return d;
        }
        if (d.kind() != Difference.Kind.CHANGED) {
            return forKey.stream().anyMatch(a -> a.field().isEmpty()) ? null : d;
        }
        List<FieldChange> left = d.fields().stream()
                .filter(f -> forKey.stream().noneMatch(a -> a.field().map(p -> p.matcher(f.path()).find())
                        .orElse(true)))
                .toList();
        if (left.isEmpty()) {
            return null;
        }
        if (left.size() < d.fields().size()) {
            accepted++;
        }
        return new Difference(d.kind(), d.key(), d.oldLine(), d.newLine(), left, d.oldLines(), d.newLines());
    }

    private boolean allLinesAccepted(Difference d) {
        for (List<String> lines : List.of(d.oldLines(), d.newLines())) {
            for (String line : lines) {
                if (active.stream().noneMatch(a -> a.match().matcher(line).find())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Difference trimmed(Difference d) {
        if (d.oldLines().size() <= SAMPLE_LINES && d.newLines().size() <= SAMPLE_LINES) {
            return d;
        }
        return new Difference(d.kind(), d.key(), d.oldLine(), d.newLine(), d.fields(),
                d.oldLines().subList(0, Math.min(SAMPLE_LINES, d.oldLines().size())),
                d.newLines().subList(0, Math.min(SAMPLE_LINES, d.newLines().size())));
    }

    /** A field's statistics key: array indexes folded to {@code [*]}. */
    public static String fieldKey(String path) {
        return INDEX.matcher(path).replaceAll("[*]");
    }

    public synchronized CompareResult result(ComparedAs as, List<FileComparison> files, String inputDigest) {
        return new CompareResult(as, oldCount, newCount, added, removed, changed, changedFields, tolerated,
                ignored, accepted, duplicates, fields, samples, files, List.copyOf(notes), inputDigest);
    }
}
