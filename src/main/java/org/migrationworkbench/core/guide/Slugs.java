package org.migrationworkbench.core.guide;

import java.text.Normalizer;
import java.util.Locale;

/** Ids made from titles: lower case ASCII letters, digits and dashes. */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String text, int maxLength) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        }
        return slug;
    }
}
