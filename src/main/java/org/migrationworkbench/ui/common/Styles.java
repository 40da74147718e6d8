package org.migrationworkbench.ui.common;

/** CSS style classes of our own (AtlantaFX's are in {@link atlantafx.base.theme.Styles}); see app.css. */
public final class Styles {
    public static final String SIDEBAR = "wb-sidebar";
    public static final String NAV_BUTTON = "wb-nav-button";
    public static final String PAGE = "wb-page";
    public static final String PAGE_TITLE = "wb-page-title";
    public static final String SECTION_TITLE = "wb-section-title";
    public static final String MUTED = "wb-muted";
    public static final String MONO = "wb-mono";
    public static final String COUNT_VALUE = "wb-count-value";
    public static final String COUNT_LABEL = "wb-count-label";
    public static final String COUNT_TILE = "wb-count-tile";
    public static final String CHIP = "wb-chip";
    public static final String RISK = "wb-risk";
    public static final String STATUS_BAR = "wb-status-bar";
    public static final String DROP_TARGET = "wb-drop-target";
    public static final String EMPTY_STATE = "wb-empty-state";
    public static final String CHECKLIST_LIST = "wb-checklist-list";
    public static final String CHECKLIST_TREE = "wb-checklist-tree";
    public static final String CHECKLIST_TOOLBAR = "wb-checklist-toolbar";
    public static final String SECTION_TEXT = "wb-section-text";
    public static final String PROGRESS_COUNT = "wb-progress-count";
    public static final String KEYS_HINT = "wb-keys-hint";
    public static final String DETAIL_PANE = "wb-detail-pane";
    public static final String DETAIL_TITLE = "wb-detail-title";
    public static final String FIELD_LABEL = "wb-field-label";
    public static final String CODE_BLOCK = "wb-code-block";
    public static final String HISTORY_ENTRY = "wb-history-entry";
    public static final String STATE = "wb-state";
    public static final String LEVEL_BADGE = "wb-level";
    public static final String SCORECARD = "wb-scorecard";
    public static final String SCORE_CELL = "wb-score-cell";
    public static final String SCORE_HEADER = "wb-score-header";
    public static final String STATUS = "wb-status";
    public static final String EVIDENCE_ROW = "wb-evidence-row";
    public static final String CODE_PREVIEW = "wb-code-preview";
    public static final String CODE_HIT = "wb-code-hit";
    public static final String CHANGED = "wb-changed";
    public static final String DIFF_VIEW = "wb-diff-view";
    public static final String DIFF_PANE = "wb-diff-pane";
    public static final String DIFF_TITLE = "wb-diff-title";
    public static final String DIFF_LINE = "wb-diff-line";
    public static final String DIFF_NUMBER = "wb-diff-number";
    public static final String DIFF_MARKER = "wb-diff-marker";
    public static final String DIFF_TEXT = "wb-diff-text";
    public static final String DIFF_PLAIN = "wb-diff-plain";
    public static final String DIFF_INTRALINE = "wb-diff-intraline";
    public static final String DIFF_ADDED = "wb-diff-added";
    public static final String DIFF_REMOVED = "wb-diff-removed";
    public static final String DIFF_CHANGED = "wb-diff-changed";
    public static final String DIFF_GAP = "wb-diff-gap";
    public static final String DIFF_CURRENT = "wb-diff-current";
    public static final String DIFF_MAP = "wb-diff-map";
    public static final String DIFF_MAP_MARK = "wb-diff-map-mark";
    public static final String DIFF_MAP_VIEWPORT = "wb-diff-map-viewport";
    public static final String COMPARE_SUMMARY = "wb-compare-summary";
    public static final String COMPARE_MATCH = "wb-compare-match";
    public static final String COMPARE_DIFFERENT = "wb-compare-different";
    public static final String COMPARE_DROP = "wb-compare-drop";
    public static final String FIELD_CHANGED = "wb-field-changed";
    public static final String FILE_STATUS = "wb-file-status";
    public static final String RESULT_ACTIONS = "wb-result-actions";
    public static final String REGISTER_PANE = "wb-register-pane";
    public static final String REGISTER_TABLE = "wb-register-table";
    public static final String NOISE_REPORT = "wb-noise-report";
    public static final String FORM_PROBLEM = "wb-form-problem";
    public static final String SIGNOFF_MATRIX = "wb-signoff-matrix";
    public static final String SIGNOFF_CELL = "wb-signoff-cell";
    public static final String SIGNOFF_HEADER = "wb-signoff-header";
    public static final String SIGNOFF_EVIDENCE = "wb-signoff-evidence";
    /** The root of presenter mode: large type, high contrast. */
    public static final String PRESENTER = "wb-presenter";
    public static final String PRESENTER_TITLE = "wb-presenter-title";
    public static final String PRESENTER_SUBTITLE = "wb-presenter-subtitle";
    public static final String PRESENTER_SLIDE = "wb-presenter-slide";
    public static final String PRESENTER_LINES = "wb-presenter-lines";
    public static final String PRESENTER_MARK = "wb-presenter-mark";
    public static final String PRESENTER_LABEL = "wb-presenter-label";
    public static final String PRESENTER_VALUE = "wb-presenter-value";
    public static final String PRESENTER_EMPTY = "wb-presenter-empty";
    public static final String PRESENTER_FOOTER = "wb-presenter-footer";
    public static final String PRESENTER_HINT = "wb-presenter-hint";
    public static final String PRESENTER_COUNTER = "wb-presenter-counter";
    /** The status dashboard's page content (also its exported picture's background). */
    public static final String DASHBOARD = "wb-dashboard";
    public static final String DASHBOARD_BAR = "wb-dashboard-bar";
    public static final String PHASE_CARD = "wb-phase-card";
    public static final String PHASE_TITLE = "wb-phase-title";
    public static final String FACT_CAPTION = "wb-fact-caption";
    public static final String FACT_HEADLINE = "wb-fact-headline";
    public static final String FACT_DETAIL = "wb-fact-detail";
    /** A rounded label coloured by a {@link #tone(String)}. */
    public static final String PILL = "wb-pill";
    public static final String STATUS_TILE = "wb-status-tile";
    public static final String RISK_LIST = "wb-risk-list";
    public static final String RISK_ROW = "wb-risk-row";
    public static final String RISK_TITLE = "wb-risk-title";
    public static final String METRICS_TABLE = "wb-metrics-table";
    /** The Overview's danger box for a sign-off ledger that does not verify. */
    public static final String LEDGER_ALERT = "wb-ledger-alert";
    public static final String LEDGER_ALERT_TITLE = "wb-ledger-alert-title";

    private Styles() {
    }

    /** Style class for a risk label, e.g. {@code wb-risk-high}. */
    public static String risk(String level) {
        return RISK + "-" + level;
    }

    /** Style class for a checklist item state, e.g. {@code wb-state-blocked}. */
    public static String state(String state) {
        return STATE + "-" + state;
    }

    /** Style class for a readiness level badge, e.g. {@code wb-level-not-ready}. */
    public static String level(String level) {
        return LEVEL_BADGE + "-" + level;
    }

    /** Style class for a rule status look, e.g. {@code wb-status-fail}. */
    public static String status(String look) {
        return STATUS + "-" + look;
    }

    /** Style class for a file's status in a folder comparison, e.g. {@code wb-file-status-changed}. */
    public static String fileStatus(String status) {
        return FILE_STATUS + "-" + status;
    }

    /** Style class for a sign-off matrix cell's state, e.g. {@code wb-signoff-cell-stale}. */
    public static String signoffCell(String look) {
        return SIGNOFF_CELL + "-" + look;
    }

    /** Style class for a presenter line's tone, e.g. {@code wb-presenter-good}. */
    public static String presenterTone(String tone) {
        return PRESENTER + "-" + tone;
    }

    /** Style class for a dashboard value's tone, e.g. {@code wb-tone-bad}. */
    public static String tone(String tone) {
        return "wb-tone-" + tone;
    }

    /** Style sheets loaded on top of the AtlantaFX theme. */
    public static String[] stylesheets() {
        return new String[] {
            Styles.class.getResource("/org/migrationworkbench/ui/controlsfx-atlantafx.css").toExternalForm(),
            Styles.class.getResource("/org/migrationworkbench/ui/app.css").toExternalForm(),
            Styles.class.getResource("/org/migrationworkbench/ui/dashboard.css").toExternalForm()
        };
    }
    public static final String GANTT = "wb-gantt";
    public static final String GANTT_WEEKEND = "wb-gantt-weekend";
    public static final String GANTT_GRID = "wb-gantt-grid";
    public static final String GANTT_HEADER = "wb-gantt-header";
    public static final String GANTT_TICK = "wb-gantt-tick";
    public static final String GANTT_TODAY = "wb-gantt-today";
    public static final String GANTT_TODAY_LABEL = "wb-gantt-today-label";
    public static final String GANTT_BAR_GROUP = "wb-gantt-bar-group";
    public static final String GANTT_BAR = "wb-gantt-bar";
    public static final String GANTT_CRITICAL = "wb-gantt-critical";
    public static final String GANTT_PROGRESS = "wb-gantt-progress";
    public static final String GANTT_GATE = "wb-gantt-gate";
    public static final String GANTT_RISK = "wb-gantt-risk";
    public static final String GANTT_UNSCHEDULED = "wb-gantt-unscheduled";
    public static final String GANTT_ARROW = "wb-gantt-arrow";
    public static final String GANTT_ARROW_CRITICAL = "wb-gantt-arrow-critical";
    public static final String GANTT_HEAD = "wb-gantt-head";
    public static final String GANTT_HEAD_CRITICAL = "wb-gantt-head-critical";
    public static final String GANTT_SELECTED = "wb-gantt-selected";
    public static final String GANTT_ROW_LINE = "wb-gantt-row-line";
    public static final String GANTT_LABELS = "wb-gantt-labels";
    public static final String GANTT_TITLE = "wb-gantt-title";
    public static final String GANTT_TITLE_CRITICAL = "wb-gantt-title-critical";
    public static final String GANTT_ID = "wb-gantt-id";
    public static final String GANTT_PLANNED = "wb-gantt-planned";
    public static final String GANTT_SLIP = "wb-gantt-slip";
}
