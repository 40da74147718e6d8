package org.migrationworkbench.core.compare.text;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * The word-level difference of a changed line pair, for intraline highlights. Lines are cut into tokens (runs of
 * letters or digits, runs of whitespace, and each other character alone) and diffed with JGit's
 * {@link HistogramDiff}; each side's changed tokens become character spans, and spans that touch are merged.
 */
public final class Intraline {
    private static final DiffAlgorithm ALGORITHM = new HistogramDiff();

    private Intraline() {
    }

    public static LineChange of(String oldLine, String newLine) {
        Tokens a = new Tokens(oldLine);
        Tokens b = new Tokens(newLine);
        EditList edits = ALGORITHM.diff(Tokens.COMPARATOR, a, b);
        List<Span> oldSpans = new ArrayList<>();
        List<Span> newSpans = new ArrayList<>();
        for (org.eclipse.jgit.diff.Edit e : edits) {
            add(oldSpans, a.start(e.getBeginA()), a.start(e.getEndA()));
            add(newSpans, b.start(e.getBeginB()), b.start(e.getEndB()));
        }
        return new LineChange(oldSpans, newSpans);
    }

    private static void add(List<Span> spans, int start, int end) {
        if (start == end) {
            return;
        }
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last).end() == start) {
            spans.set(last, new Span(spans.get(last).start(), end));
        } else {
            spans.add(new Span(start, end));
        }
    }

    /** A line as a sequence of tokens; {@code start(i)} is where token {@code i} begins (the length for i = size). */
    static final class Tokens extends Sequence {
        static final SequenceComparator<Tokens> COMPARATOR = new SequenceComparator<>() {
            @Override
            public boolean equals(Tokens a, int ai, Tokens b, int bi) {
                int len = a.start(ai + 1) - a.start(ai);
                return len == b.start(bi + 1) - b.start(bi)
                        && a.text.regionMatches(a.start(ai), b.text, b.start(bi), len);
            }

            @Override
            public int hash(Tokens seq, int i) {
                return seq.text.substring(seq.start(i), seq.start(i + 1)).hashCode();
            }
        };

        private final String text;
        private final int[] starts;
        private final int size;

        Tokens(String text) {
            this.text = text;
            int[] s = new int[text.length() + 1];
            int n = 0;
            int i = 0;
            while (i < text.length()) {
                s[n++] = i;
                i = tokenEnd(text, i);
            }
            s[n] = text.length();
            this.starts = s;
            this.size = n;
        }

        private static int tokenEnd(String text, int i) {
            int kind = kind(text.codePointAt(i));
            int j = i + Character.charCount(text.codePointAt(i));
            if (kind == 2) {
                return j;
            }
            while (j < text.length() && kind(text.codePointAt(j)) == kind) {
                j += Character.charCount(text.codePointAt(j));
            }
            return j;
        }

        /** 0 letters and digits, 1 whitespace, 2 anything else (a token on its own). */
        private static int kind(int cp) {
            if (Character.isLetterOrDigit(cp)) {
                return 0;
            }
            return Character.isWhitespace(cp) ? 1 : 2;
        }

        int start(int token) {
            return starts[token];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
