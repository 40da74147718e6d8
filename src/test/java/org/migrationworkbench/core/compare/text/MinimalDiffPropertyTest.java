package org.migrationworkbench.core.compare.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.MyersDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.TextOptions;

/** Our hunk totals against JGit's Myers (minimal) and Histogram diffs on many small random pairs. */
class MinimalDiffPropertyTest {
    @TempDir
    Path dir;

    @Test
    void randomPairsOfFewDistinctLinesGetTheMinimalDiff() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<String> a = randomLines(random, random.nextInt(40), 1 + random.nextInt(5));
            List<String> b = randomLines(random, random.nextInt(40), 1 + random.nextInt(5));
            check(a, b);
        }
    }

    @Test
    void mostlyEqualPairsWithScatteredEditsGetTheMinimalDiff() {
        Random random = new Random(7);
        for (int round = 0; round < 120; round++) {
            List<String> a = randomLines(random, 50 + random.nextInt(300), 10 + random.nextInt(2000));
            List<String> b = edited(random, a);
            check(a, b);
        }
    }

    private void check(List<String> a, List<String> b) {
        TextFixture fixture = new TextFixture(dir);
        CompareResult r = fixture.compare(join(a), join(b), TextOptions.EXACT);
        int myers = total(MyersDiff.INSTANCE, a, b);
        int histogram = total(new HistogramDiff(), a, b);

        assertThat(r.removed() + r.added()).as("%s vs %s", a, b).isEqualTo(myers);
        assertThat(r.removed() + r.added()).isLessThanOrEqualTo(histogram);
        assertHunksCoverTheirLines(fixture.differences, a, b);
    }

    /** Every hunk's lines are the lines its start and length name. */
    private static void assertHunksCoverTheirLines(List<Difference> diffs, List<String> a, List<String> b) {
        for (Difference d : diffs) {
            int os = (int) (d.oldLines().isEmpty() ? d.oldLine() : d.oldLine() - 1);
            int ns = (int) (d.newLines().isEmpty() ? d.newLine() : d.newLine() - 1);
            assertThat(d.oldLines()).isEqualTo(a.subList(os, os + d.oldLines().size()));
            assertThat(d.newLines()).isEqualTo(b.subList(ns, ns + d.newLines().size()));
        }
    }

    private static int total(DiffAlgorithm algorithm, List<String> a, List<String> b) {
        RawText ra = new RawText(join(a).getBytes(StandardCharsets.UTF_8));
        RawText rb = new RawText(join(b).getBytes(StandardCharsets.UTF_8));
        int total = 0;
        for (Edit e : algorithm.diff(RawTextComparator.DEFAULT, ra, rb)) {
            total += e.getLengthA() + e.getLengthB();
        }
        return total;
    }

    private static List<String> randomLines(Random random, int count, int distinct) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add("line " + random.nextInt(distinct));
        }
        return lines;
    }

    private static List<String> edited(Random random, List<String> a) {
        List<String> b = new ArrayList<>(a);
        int edits = random.nextInt(8);
        for (int e = 0; e < edits && !b.isEmpty(); e++) {
            int at = random.nextInt(b.size());
            switch (random.nextInt(3)) {
                case 0 -> b.set(at, b.get(at) + " changed");
                case 1 -> b.remove(at);
                default -> b.add(at, "inserted " + random.nextInt(5));
            }
        }
        return b;
    }

    private static String join(List<String> lines) {
        return TextFixture.lines(lines.toArray(String[]::new));
    }
}
