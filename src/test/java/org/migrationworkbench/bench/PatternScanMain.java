package org.migrationworkbench.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.app.Launcher;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.model.Severity;
import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleChecker;
import org.migrationworkbench.core.readiness.RuleContext;
import org.migrationworkbench.core.readiness.files.FileRuleCheckers;
import org.migrationworkbench.core.readiness.files.GitFileTree;

/**
 * Runs one pattern-absent rule over a folder, for scripts/bench/pattern-vs-rg.sh:
 * {@code PatternScanMain TREE REGEX [GLOB]}. Prints the number of matching lines, then the summary. Logging is set
 * up beside the work, as the command line does ({@link Launcher#startLogging()}).
 */
public final class PatternScanMain {
    private PatternScanMain() {
    }

    public static void main(String[] args) throws Exception {
        Launcher.startLogging();
        Path tree = Path.of(args[0]).toAbsolutePath().normalize();
        Rule rule = new Rule("bench", "Bench", RuleKind.PATTERN_ABSENT, Optional.empty(), Optional.empty(),
                Severity.MAJOR, Optional.empty(), Map.of("pattern", args[1], "files", args.length > 2 ? args[2] : "**"));
        Workspace workspace = new Workspace("bench", Optional.empty(), tree, tree.resolve("workbench.yaml"), tree,
                "main", Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), SignoffPolicy.NONE);
        Map<RuleKind, RuleChecker> checkers = new EnumMap<>(RuleKind.class);
        FileRuleCheckers.registerInto(checkers);
        RuleContext context = new RuleContext(workspace, new GitFileTree(tree), false, Clock.systemUTC(),
                Progress.NONE);
        Outcome outcome = checkers.get(RuleKind.PATTERN_ABSENT).check(rule, context);
        System.out.println(outcome.summary().substring(0, outcome.summary().indexOf(' ')));
        System.out.println(outcome.summary());
    }
}
