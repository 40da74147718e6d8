package org.migrationworkbench.ui.readiness;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.readiness.Readiness;
import org.migrationworkbench.ui.common.Styles;

/** How rule statuses and levels look: an icon per status, coloured by its style class; counts as short text. */
final class StatusLook {
    private StatusLook() {
    }

    static Ikon ikon(String look) {
        return switch (look) {
            case "pass" -> Feather.CHECK_CIRCLE;
            case "warn" -> Feather.ALERT_TRIANGLE;
            case "fail" -> Feather.X_CIRCLE;
            case "error" -> Feather.ALERT_OCTAGON;
            case "waived" -> Feather.SHIELD;
            case "skipped" -> Feather.SKIP_FORWARD;
            case "running" -> Feather.LOADER;
            default -> Feather.CIRCLE;
        };
    }

    static FontIcon icon(String look) {
        FontIcon icon = new FontIcon(ikon(look));
        icon.getStyleClass().add(Styles.status(look));
        return icon;
    }

    /** The worst status among the counts, as a look: fail/error before warn/waived/skipped before pass. */
    static String worst(Readiness.Counts c) {
        if (c.error() > 0) {
            return "error";
        }
        if (c.fail() > 0) {
            return "fail";
        }
        if (c.warn() > 0) {
            return "warn";
        }
        if (c.waived() > 0) {
            return "waived";
        }
        if (c.skipped() > 0) {
            return "skipped";
        }
        return c.pass() > 0 ? "pass" : "empty";
    }

    /** "3 ✓ 1 ✗ 1 !" — only the statuses that occur. */
    static String counts(Readiness.Counts c) {
        StringBuilder text = new StringBuilder();
        append(text, c.pass(), "✓");
        append(text, c.fail() + c.error(), "✗");
        append(text, c.warn(), "!");
        append(text, c.waived(), "w");
        append(text, c.skipped(), "–");
        return text.toString().strip();
    }

    /** "2 pass · 1 fail · 1 skipped". */
    static String summary(Readiness.Counts c) {
        StringBuilder text = new StringBuilder();
        word(text, c.pass(), "pass");
        word(text, c.warn(), "warn");
        word(text, c.fail(), "fail");
        word(text, c.error(), "error");
        word(text, c.waived(), "waived");
        word(text, c.skipped(), "skipped");
        return text.toString();
    }

    private static void append(StringBuilder text, int count, String mark) {
        if (count > 0) {
            text.append(count).append(' ').append(mark).append(' ');
        }
    }

    private static void word(StringBuilder text, int count, String name) {
        if (count > 0) {
            text.append(text.isEmpty() ? "" : " · ").append(count).append(' ').append(name);
        }
    }

    /** The level's style class suffix: "ready", "at-risk", "not-ready". */
    static String level(Readiness.Level level) {
        return level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
