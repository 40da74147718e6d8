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
import org.migrationworkbench.ui.common.Styles;
import org.migrationworkbench.ui.task.FxTaskRunner;

/**
 * Looks at the compare page outside the app, for screenshots: {@code ComparePreview <workspace> <light|dark>
 * [OLD NEW]}. Text is compared for real; JSON reports a few made-up field changes and CSV a match until
 * those comparators are merged.
 */
public final class ComparePreview extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        boolean dark = args.size() > 1 && args.get(1).equals("dark");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        Map<ComparedAs, PairComparator> byFormat = new EnumMap<>(ComparedAs.class);
        byFormat.put(ComparedAs.TEXT, new org.migrationworkbench.core.compare.text.TextComparator());
        byFormat.put(ComparedAs.JSON, ComparePreview::json);
        byFormat.put(ComparedAs.CSV, (o, n, options, tally, p) -> {
            tally.counts(12, 12);
            tally.tolerated("total", 3);
        });
        Comparisons comparisons = new Comparisons(byFormat, Clock.systemUTC());
        CompareContext context = new CompareContext(comparisons, ws -> new WorkspaceComparisonRunner(comparisons),
                org.migrationworkbench.core.compare.text.TextComparator::diff, org.migrationworkbench.core.compare.text.Intraline::of, new FxTaskRunner(), (t, e) -> e.printStackTrace());
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
