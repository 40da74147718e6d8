package org.migrationworkbench.ui.readiness;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javax.sql.DataSource;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.Analysis;
import org.migrationworkbench.core.readiness.ReadinessService;
import org.migrationworkbench.core.readiness.RuleResult;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcReadinessRepository;

/**
 * The Readiness view of one open workspace: the last run (stored or just made) with its level, scorecard and
 * rows, a run in progress shown rule by rule, the scorecard filter, the selected rule, trust for command
 * rules, waivers and code previews. UI thread only.
 */
public final class ReadinessViewModel {
    /** Asks the user whether to trust the workspace; {@code answer} gets true or false (not called on cancel). */
    @FunctionalInterface
    public interface TrustPrompt {
        void ask(String workspaceName, Consumer<Boolean> answer);
    }

    /** The phase choice that runs every rule. */
    public static final String ALL = "All";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ReadinessContext context;
    private final ReadinessService service;
    private final ReadinessRunner runner;
    private final RuleDetails details;
    private OpenedWorkspace opened;
    private Optional<Boolean> trusted = Optional.empty();
    private TrustPrompt trustPrompt = (name, answer) -> answer.accept(false);

    private final ObservableList<RuleRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RuleRow> visibleRows = new FilteredList<>(rows);
    private final ObjectProperty<CellFilter> filter = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public ReadinessViewModel(OpenedWorkspace opened, ReadinessContext context) {
        this.opened = opened;
        this.context = context;
        DataSource data = opened.store().dataSource();
        service = new ReadinessService(context.engine(), new JdbcReadinessRepository(data), new JdbcAuditLog(data),
                context.trees(), context.clock());
        runner = new ReadinessRunner(service, context, opened.store());
        details = new RuleDetails(service, context, this::opened, analysis.getReadOnlyProperty(), this::rescored);
        filter.addListener((obs, was, now) -> visibleRows.setPredicate(now == null ? null : now::matches));
        showRows();
    }

    /** Reads the newest stored run and the trust decision in the background. */
    public void load() {
        OpenedWorkspace at = opened;
        context.runner().task("Reading the last readiness run", p -> new Start(service.latest(at.workspace()),
                        context.trust().decision(at.workspace().root())))
                .onSuccess(start -> {
                    trusted = start.trusted();
                    start.latest().ifPresent(analysis::set);
                    showRows();
                    loaded.set(true);
                })
                .onError(e -> context.errors().report("Could not read the last readiness run", e))
                .start();
    }

    private record Start(Optional<Analysis> latest, Optional<Boolean> trusted) {
    }

    /** The workspace was read again: same store, maybe other rules. */
    public void reloaded(OpenedWorkspace next) {
        opened = next;
        if (!running.get()) {
            showRows();
        }
    }

    public OpenedWorkspace opened() {
        return opened;
    }

    public void setTrustPrompt(TrustPrompt prompt) {
        this.trustPrompt = prompt;
    }

    /** "All" and then the workspace's phase ids. */
    public List<String> phaseChoices() {
        List<String> choices = new ArrayList<>(List.of(ALL));
        opened.workspace().phases().stream().map(Phase::id).forEach(choices::add);
        return choices;
    }

    public void runAll() {
        run(opened.workspace().rules(), Optional.empty(), Optional.empty());
    }

    /** Runs a phase's rules; {@link #ALL} runs every rule. */
    public void runPhase(String phase) {
        if (ALL.equals(phase)) {
            runAll();
        } else {
            run(ReadinessService.rulesOf(opened.workspace(), Optional.of(phase)), Optional.of(phase),
                    Optional.empty());
        }
    }

    /** Runs the selected rule again and shows its result within the last run. */
    public void runSelected() {
        RuleRow row = details.selectedProperty().get();
        if (row != null) {
            run(List.of(row.rule()), Optional.empty(), Optional.ofNullable(analysis.get()));
        }
    }

    public void cancel() {
        if (running.get()) {
            runner.cancel();
        }
    }

    private void run(List<Rule> rules, Optional<String> phase, Optional<Analysis> base) {
        if (running.get() || rules.isEmpty()) {
            return;
        }
        boolean commands = rules.stream().anyMatch(r -> r.kind() == RuleKind.COMMAND);
        if (commands && trusted.isEmpty()) {
            trustPrompt.ask(opened.workspace().name(), answer -> {
                trusted = Optional.of(answer);
                start(rules, phase, base, Optional.of(answer));
            });
        } else {
            start(rules, phase, base, Optional.empty());
        }
    }

    private void start(List<Rule> rules, Optional<String> phase, Optional<Analysis> base, Optional<Boolean> remember) {
        running.set(true);
        runner.start(new ReadinessRunner.Request(opened.workspace(), rules, phase, trusted.orElse(false), remember,
                base), new ReadinessRunner.Events() {
                    @Override
                    public void started(Rule rule) {
                        replace(rule.id(), RuleRow::runningNow);
                    }

                    @Override
                    public void finished(RuleResult result) {
                        replace(result.rule().id(), row -> row.finished(result));
                    }

                    @Override
                    public void done(Analysis result) {
                        running.set(false);
                        analysis.set(result);
                        showRows();
                    }

                    @Override
                    public void failed(Throwable error) {
                        running.set(false);
                        showRows();
                        context.errors().report("Readiness run failed", error);
                    }
                });
    }

    private void rescored(Analysis result) {
        analysis.set(result);
        showRows();
    }

    private void replace(String ruleId, java.util.function.UnaryOperator<RuleRow> change) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(ruleId)) {
                rows.set(i, change.apply(rows.get(i)));
                details.refresh(rows.get(i));
                return;
            }
        }
    }

    private void showRows() {
        List<RuleRow> next = ReadinessRows.of(opened.workspace().rules(), Optional.ofNullable(analysis.get()));
        rows.setAll(next);
        details.reselect(next);
    }

    /** Every declared rule with its result in the last run. */
    public ObservableList<RuleRow> rows() {
        return rows;
    }

    /** The rows the scorecard filter lets through. */
    public ObservableList<RuleRow> visibleRows() {
        return visibleRows;
    }

    /** The chosen scorecard cell; null shows every rule. */
    public ObjectProperty<CellFilter> filterProperty() {
        return filter;
    }

    /** The last run, scored; null before the first. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once the stored run (if any) was read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public RuleDetails details() {
        return details;
    }

    /** "last run: 21 Nov 10:02, NOT READY" (with "(cancelled)" or the phase), empty before the first run. */
    public static String lastRunText(Analysis a) {
        if (a == null) {
            return "";
        }
        String when = TIME.format(a.run().finished().atZone(ZoneId.systemDefault()));
        return "last run: " + when + ", " + levelText(a) + a.run().phase().map(p -> " (phase " + p + ")").orElse("")
                + (a.run().cancelled() ? " (cancelled)" : "");
    }

    public static String levelText(Analysis a) {
        return a.readiness().level().name().replace('_', ' ');
    }
}
