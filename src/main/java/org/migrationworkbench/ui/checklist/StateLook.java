package org.migrationworkbench.ui.checklist;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.migrationworkbench.core.checklist.ChecklistProgress;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;
import org.migrationworkbench.ui.common.Styles;

/** How item states and change times look: an icon and a word per state, short local times. */
final class StateLook {
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
            Locale.ENGLISH);

    private StateLook() {
    }

    static String word(String state) {
        return switch (state) {
            case "done" -> "Done";
            case "na" -> "N/A";
            case "blocked" -> "Blocked";
            default -> "Open";
        };
    }

    static Ikon ikon(String state) {
        return switch (state) {
            case "done" -> Feather.CHECK_SQUARE;
            case "na" -> Feather.MINUS_SQUARE;
            case "blocked" -> Feather.X_OCTAGON;
            default -> Feather.SQUARE;
        };
    }

    /** The state's icon, coloured by its style class. */
    static FontIcon icon(String state) {
        FontIcon icon = new FontIcon(ikon(state));
        icon.getStyleClass().add(Styles.state(state));
        return icon;
    }

    /** "alice · 21 Nov 10:02" in the local time zone. */
    static String change(ItemState state) {
        return state.actor() + " · " + time(state.changedAt());
    }

    static String time(Instant at) {
        ZonedDateTime local = at.atZone(ZoneId.systemDefault());
        return (local.getYear() == ZonedDateTime.now().getYear() ? THIS_YEAR : OTHER_YEAR).format(local);
    }

    /** "5 of 8 complete · 4 done · 1 n/a · 1 blocked · 2 open". */
    static String counts(ChecklistProgress progress) {
        return progress.complete() + " of " + progress.total() + " complete · " + progress.done() + " done · "
                + progress.na() + " n/a · " + progress.blocked() + " blocked · " + progress.open() + " open";
    }

    /** The state word with its reason, e.g. "Blocked: waiting for the DBA". */
    static String withReason(ItemRow item) {
        String reason = item.recorded().map(ItemState::reason).orElse("");
        return word(item.state()) + (reason.isBlank() ? "" : ": " + reason);
    }
}
