package org.migrationworkbench.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The workbench's views, in navigation order; Ctrl+1..6 select them. */
public enum ViewId {
    OVERVIEW("Overview", Feather.HOME),
    CHECKLISTS("Checklists", Feather.CHECK_SQUARE),
    READINESS("Readiness", Feather.ACTIVITY),
    COMPARE("Compare", Feather.COLUMNS),
    TIMELINE("Timeline", Feather.CALENDAR),
    SIGNOFFS("Sign-offs", Feather.AWARD);

    private final String title;
    private final Ikon icon;

    ViewId(String title, Ikon icon) {
        this.title = title;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** 1-based position, as used by the Ctrl+N shortcut. */
    public int number() {
        return ordinal() + 1;
    }
}
