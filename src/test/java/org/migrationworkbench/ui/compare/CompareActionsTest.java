package org.migrationworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.compare.ComparisonService;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.compare.DifferenceSink;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.compare.text.Intraline;
import org.migrationworkbench.core.compare.text.TextComparator;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.store.JdbcAuditLog;
import org.migrationworkbench.core.store.JdbcCompareRepository;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;

/** Accepting, revoking, the noise check and saving every difference, on a workspace with a stored register. */
class CompareActionsTest {
    @TempDir
    Path temp;
    private final List<Throwable> errors = new java.util.ArrayList<>();
    private OpenedWorkspace opened;
    private ComparisonService service;
    private CompareViewModel model;
    private ResultActions actions;

    @BeforeEach
    void open() throws Exception {
        Path ws = CompareWorkspaces.write(temp.resolve("ws"));
        TestWorkspaces.write(ws.resolve("outputs/old/report-again.txt"), "alpha\ntotal: 11\ngamma\n");
        Files.writeString(ws.resolve("workbench.yaml"), Files.readString(ws.resolve("workbench.yaml"))
                + "    rerun: outputs/old/report-again.txt\n");
        opened = CompareWorkspaces.open(ws);
        Comparisons comparisons = StandardComparators.create(Clock.systemUTC());
        service = new ComparisonService(comparisons, new JdbcCompareRepository(opened.store().dataSource()),
                new JdbcAuditLog(opened.store().dataSource()), Clock.systemUTC());
        CompareContext context = new CompareContext(comparisons, o -> new StoredComparisonRunner(service,
                o.workspace()), TextComparator::diff, Intraline::of, new SameThreadTaskRunner(),
                (title, e) -> errors.add(e), "tester", Clock.systemDefaultZone());
        model = new CompareViewModel(opened, context);
        actions = new ResultActions(context, model::declared, model::rerun);
        model.shownProperty().addListener((obs, was, now) -> actions.show(now));
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private void run(String id) {
        model.showRow(model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow());
        model.runSelected();
    }

    private String verdict(String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().verdict();
    }

    @Test
    void acceptingARecordPrefillsItsKeyAndRunsAgainSoTheVerdictCountsItAccepted() {
        run("scores");
        var record = model.shownProperty().get().result().samples().get(0);
        AcceptDraft draft = AcceptDraft.forRecord(record, Optional.empty());
        AcceptForm form = actions.register().form(draft);

        assertThat(form.matchProperty().get()).isEqualTo("^\\Q1\\E$");
        assertThat(form.ownerProperty().get()).isEqualTo("tester");
        assertThat(actions.register().accept(form)).contains("Enter a reason: why is this difference acceptable?");

        form.reasonProperty().set("new scoring rounds up");
        assertThat(actions.register().accept(form)).isEmpty();

        assertThat(errors).isEmpty();
        assertThat(verdict("scores")).isEqualTo("match");
        assertThat(model.shownProperty().get().result().accepted()).isEqualTo(1);
        assertThat(actions.register().entries()).extracting(RegisterRow::match, RegisterRow::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("^\\Q1\\E$", "active"));
        assertThat(actions.register().noteProperty().get()).isEqualTo("register: 1 entry");
        assertThat(SummaryHeader.verdict(model.shownProperty().get().result(), "register: 1 entry"))
                .endsWith("1 accepted difference) · register: 1 entry");
    }

    @Test
    void revokingAnEntryMakesItsDifferenceCountAgain() {
        run("scores");
        AcceptForm form = actions.register().form(AcceptDraft.forRecord(
                model.shownProperty().get().result().samples().get(0), Optional.of("$.score")));
        form.reasonProperty().set("known");
        actions.register().accept(form);
        assertThat(verdict("scores")).isEqualTo("match");

        actions.register().revoke(actions.register().entries().get(0));

        assertThat(verdict("scores")).isEqualTo("1 difference");
        assertThat(actions.register().entries()).isEmpty();
        assertThat(service.register().entries("scores")).isEmpty();
    }

    @Test
    void anExpiredEntryIsListedAsExpiredAndCountsAgain() {
        service.register().accept("scores", "^1$", Optional.empty(), "until the fix", "Mei",
                Optional.of(LocalDate.now()), "tester");
        CompareContext past = new CompareContext(model.context().comparisons(), model.context().declared(),
                model.context().texts(), model.context().intraline(), model.context().runner(),
                model.context().errors(), "tester", Clock.offset(Clock.systemDefaultZone(), java.time.Duration
                .ofDays(2)));
        RegisterViewModel later = new RegisterViewModel(past, model.declared(), c -> { });

        later.show(Optional.of(opened.workspace().comparisons().get(0)));

        assertThat(later.entries()).extracting(RegisterRow::state).containsExactly("expired");
        assertThat(later.noteProperty().get()).isEqualTo("register: 1 entry, 1 expired");
    }

    @Test
    void theFormNamesWhatKeepsItFromBeingSaved() {
        AcceptForm form = new AcceptForm(AcceptDraft.forFile("a/b.csv"), "Mei", LocalDate.of(2026, 3, 1));
        form.reasonProperty().set("moved");
        assertThat(form.problem()).isEmpty();

        form.matchProperty().set("(unclosed");
        assertThat(form.problem()).get().asString().startsWith("Match is not a valid regular expression");
        form.matchProperty().set("^a$");
        form.ownerProperty().set(" ");
        assertThat(form.problem()).contains("Enter an owner.");
        form.ownerProperty().set("Mei");
        form.expiresProperty().set(LocalDate.of(2026, 2, 28));
        assertThat(form.problem()).contains("The expiry date 2026-02-28 is in the past.");
    }

    @Test
    void draftsQuoteWhatTheyMatch() {
        assertThat(AcceptDraft.forFile("a.b/c.csv").match()).isEqualTo("^\\Qa.b/c.csv\\E$");
        AcceptDraft hunk = AcceptDraft.forHunk("1 (old line 2)", List.of("total: 10"), List.of("total: 12"));
        assertThat(hunk.match()).isEqualTo("^(?:\\Qtotal: 10\\E|\\Qtotal: 12\\E)$");
        assertThat("total: 12").matches(hunk.match());
        assertThat("total: 13").doesNotMatch(hunk.match());
        String field = AcceptDraft.fieldPattern("$.items[*].qty");
        assertThat("$.items[12].qty").matches(field);
        assertThat("$.items[1].qtyx").doesNotMatch(field);
    }

    @Test
    void aRecordDraftWithoutAFieldFilterCoversExactlyTheFieldsThatDifferNow() {
        var d = org.migrationworkbench.core.compare.Difference.record(
                org.migrationworkbench.core.compare.Difference.Kind.CHANGED, "$", 0, 0, List.of(
                        new org.migrationworkbench.core.compare.FieldChange("$.records[10].score", "1", "2")));
        AcceptDraft whole = AcceptDraft.forRecord(d, java.util.Optional.empty());
        assertThat(whole.field()).isEqualTo("^\\Q$.records[10].score\\E$");
        assertThat("$.records[11].score").doesNotMatch(whole.field());
        assertThat(AcceptDraft.forRecord(d, java.util.Optional.of("$.records[*].score")).field())
                .isEqualTo(AcceptDraft.fieldPattern("$.records[*].score"));
    }

    @Test
    void acceptingTheCurrentTextDifferenceUsesItsChangedLines() {
        run("report");
        TextDiffViewModel text = new TextDiffViewModel(opened.workspace().root().resolve("outputs/old/report.txt"),
                opened.workspace().root().resolve("outputs/new/report.txt"), model.context());
        text.compute();
        text.next();
        AcceptForm form = actions.register().form(AcceptTargets.hunk(text));
        form.reasonProperty().set("totals are recomputed");

        actions.register().accept(form);

        assertThat(verdict("report")).isEqualTo("match");
        assertThat(model.shownProperty().get().result().accepted()).isEqualTo(1);
        text.dispose();
    }

    @Test
    void theNoiseCheckShowsTheVolatileFieldsAndSuggestedRules() {
        run("report");
        assertThat(NoiseViewModel.unavailable(Optional.of(opened.workspace().comparisons().get(0))))
                .get().asString().contains("declares no 'rerun'");

        actions.checkNoise();

        var report = actions.noise().reportProperty().get();
        assertThat(errors).isEmpty();
        assertThat(report.quiet()).isFalse();
        assertThat(NoiseViewModel.headline(report)).contains("differ between two runs of the old system");
        assertThat(NoiseViewModel.suggestions(report)).isEqualTo(String.join("\n", report.suggestions()));
    }

    @Test
    void savingAllDifferencesWritesOneLinePerDifference() throws Exception {
        run("scores");
        Path file = temp.resolve(DifferenceExport.defaultName(model.shownProperty().get()));

        actions.export().save(model.shownProperty().get(), file);

        assertThat(file.getFileName().toString()).isEqualTo("scores-differences.jsonl");
        assertThat(Files.readAllLines(file)).hasSize(1).first().asString()
                .startsWith("{\"kind\":\"CHANGED\",\"key\":\"1\"");
        assertThat(actions.export().messageProperty().get()).startsWith("Wrote 1 line to ");
    }

    @Test
    void aReloadReadsTheStoredVerdictsAgain() {
        assertThat(verdict("summary")).isEqualTo("not run");
        var summary = opened.workspace().comparisons().get(1);
        service.run(opened.workspace(), summary, DifferenceSink.NONE, Progress.NONE, "cli");

        model.reloaded(opened);

        assertThat(verdict("summary")).isEqualTo("match");
    }
}
