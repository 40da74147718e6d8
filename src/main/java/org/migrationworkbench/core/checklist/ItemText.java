package org.migrationworkbench.core.checklist;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Item texts reduced to what identifies them, and how alike two such texts are. */
final class ItemText {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+[.)]|[-*+])\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ItemText() {
    }

    /** Lower case, accents and punctuation removed, whitespace collapsed, leading numbering dropped. */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        plain = LEADING_NUMBER.matcher(plain).replaceFirst("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * Dice coefficient over character bigrams of two normalized texts: 1 for equal texts, near 1 for a small
     * rewording, near 0 for unrelated ones.
     */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<Integer, Integer> bigrams = new HashMap<>();
        for (int i = 0; i < a.length() - 1; i++) {
            bigrams.merge(bigram(a, i), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i < b.length() - 1; i++) {
            Integer left = bigrams.get(bigram(b, i));
            if (left != null && left > 0) {
                shared++;
                bigrams.put(bigram(b, i), left - 1);
            }
        }
        return 2.0 * shared / (a.length() - 1 + b.length() - 1);
    }

    private static int bigram(String s, int i) {
        return s.charAt(i) << 16 | s.charAt(i + 1);
    }
}
