package org.migrationworkbench.core.readiness.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.model.Severity;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.FileTree;
import org.migrationworkbench.core.readiness.RuleContext;
import org.migrationworkbench.core.workspace.WorkspaceLoader;

/** Builds a tiny workspace around a repository folder, and rules, for checker tests. */
final class TestContexts {
    private TestContexts() {
    }

    /** A workspace in {@code base/ws} whose target is {@code base/repo} (created); main branch {@code main}. */
    static Workspace workspace(Path base) {
        try {
            Path ws = Files.createDirectories(base.resolve("ws"));
            Files.createDirectories(base.resolve("repo"));
            Files.writeString(ws.resolve(WorkspaceLoader.MANIFEST), """
                    name: Checks
                    target: ../repo
                    main_branch: main
                    phases:
                      - id: p1
                        title: One
                    """);
            return new WorkspaceLoader().load(ws).workspace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleContext context(Path base) {
        return context(base, false, Clock.systemUTC(), Progress.NONE);
    }

    static RuleContext context(Path base, boolean trusted, Clock clock, Progress progress) {
        return new RuleContext(workspace(base), new EmptyTree(), trusted, clock, progress);
    }

    static Rule rule(RuleKind kind, Map<String, Object> parameters) {
        return new Rule("r1", "A rule", kind, Optional.empty(), Optional.empty(), Severity.MAJOR, Optional.empty(),
                parameters);
    }

    /** The checks under test never walk the tree. */
    static final class EmptyTree implements FileTree {
        @Override
        public List<String> files() {
            return List.of();
        }

        @Override
        public List<String> matching(String glob) {
            return List.of();
        }

        @Override
        public Predicate<String> anyOf(List<String> globs) {
            return path -> false;
        }
    }
}
