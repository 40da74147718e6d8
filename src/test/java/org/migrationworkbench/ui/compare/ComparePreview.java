package org.migrationworkbench.ui.compare;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.Comparisons;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.core.compare.PairComparator;
import org.migrationworkbench.core.compare.TextOptions;
import org.migrationworkbench.core.compare.text.Edit;
import org.migrationworkbench.core.compare.text.TextDiff;
import org.migrationworkbench.ui.common.Styles;
import org.migrationworkbench.ui.task.FxTaskRunner;

/**
 * Looks at the compare page outside the app, for screenshots: {@code ComparePreview <workspace> <light|dark>
 * [OLD NEW]}. Text pairs use the interim differ through a stand-in text comparator; JSON reports a few made-up
 * field changes, CSV a match, until the real comparators are merged.
 */
public final class ComparePreview extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        boolean dark = args.size() > 1 && args.get(1).equals("dark");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        Map<ComparedAs, PairComparator> byFormat = new EnumMap<>(ComparedAs.class);
        byFormat.put(ComparedAs.TEXT, ComparePreview::text);
        byFormat.put(ComparedAs.JSON, ComparePreview::json);
        byFormat.put(ComparedAs.CSV, (o, n, options, tally, p) -> {
            tally.counts(12, 12);
            tally.tolerated("total", 3);
        });
        Comparisons comparisons = new Comparisons(byFormat, Clock.systemUTC());
        CompareContext context = new CompareContext(comparisons, new WorkspaceComparisonRunner(comparisons),
                new InterimTextDiffer(), new CommonAffixIntraline(), new FxTaskRunner(), (t, e) -> e.printStackTrace());
        CompareViewModel model = new CompareViewModel(CompareWorkspaces.open(Path.of(args.get(0))), context);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(new ComparePage(model).node()), 1440, 900);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.setTitle("Compare preview");
        stage.show();
        if (args.size() > 3) {
            model.compareFiles(Path.of(args.get(2)), Path.of(args.get(3)));
        } else {
            model.runAll();
        }
    }

    private static void text(Path o, Path n, org.migrationworkbench.core.compare.CompareOptions options,
                             org.migrationworkbench.core.compare.DifferenceTally tally,
                             org.migrationworkbench.core.Progress p) {
        tally.lines();
        try (TextDiff d = new InterimTextDiffer().diff(o, n, TextOptions.EXACT, p)) {
            tally.counts(d.oldLineCount(), d.newLineCount());
            for (Edit e : d.edits()) {
                List<String> a = java.util.stream.IntStream.range(e.oldStart(), e.oldEnd()).mapToObj(d::oldLine).toList();
                List<String> b = java.util.stream.IntStream.range(e.newStart(), e.newEnd()).mapToObj(d::newLine).toList();
                Difference.Kind kind = a.isEmpty() ? Difference.Kind.ADDED : b.isEmpty() ? Difference.Kind.REMOVED
                        : Difference.Kind.CHANGED;
                tally.difference(new Difference(kind, e.toString(), e.oldStart() + 1, e.newStart() + 1, List.of(),
                        a, b));
            }
        }
    }

    private static void json(Path o, Path n, org.migrationworkbench.core.compare.CompareOptions options,
                             org.migrationworkbench.core.compare.DifferenceTally tally,
                             org.migrationworkbench.core.Progress p) {
        tally.counts(30, 30);
        tally.ignored("$.generated_at", 30);
        tally.tolerated("$.score", 27);
        for (int i = 0; i < 5; i++) {
            tally.difference(Difference.record(Difference.Kind.CHANGED, "OPP-" + (1040 + i * 7), i + 2, i + 2,
                    List.of(new FieldChange("$.score", "0.8" + i + "12", "0.8" + i + "31"),
                            new FieldChange("$.items[" + i + "].band", "\"B\"", "\"A\""))));
        }
        tally.difference(new Difference(Difference.Kind.ADDED, "OPP-2001", 0, 31, List.of(), List.of(),
                List.of("{\"id\": \"OPP-2001\", \"score\": 0.41, \"territory\": \"north\"}")));
        try {
            Files.size(o);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
