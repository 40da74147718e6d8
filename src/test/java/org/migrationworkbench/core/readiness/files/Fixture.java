package org.migrationworkbench.core.readiness.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.model.Severity;
import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.readiness.RuleContext;
import org.migrationworkbench.core.readiness.RunShared;

/** A target repository written into a temp folder, with helpers to build rules and contexts for it. */
final class Fixture {
    final Path workspace;
    final Path repo;

    Fixture(Path temp) {
        this.workspace = temp.resolve("ws");
        this.repo = temp.resolve("repo");
        try {
            Files.createDirectories(workspace);
            Files.createDirectories(repo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Fixture write(String relative, String text) {
        return write(repo.resolve(relative), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Fixture write(String relative, byte[] bytes) {
        return write(repo.resolve(relative), bytes);
    }

    private Fixture write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    RuleContext context() {
        return context(Progress.NONE);
    }

    RuleContext context(Progress progress) {
        return context(progress, RunShared.NONE);
    }

    /**
     * A context whose run and workspace hold {@code shared}'s rules, so pattern rules over the same files share one
     * pass (and env-parity rules name files that hold secrets).
     */
    RuleContext context(Progress progress, RunShared shared) {
        Workspace ws = new Workspace("Test", Optional.empty(), workspace, workspace.resolve("workbench.yaml"), repo,
                "main", Optional.empty(), List.of(), List.of(), shared.rules(), List.of(), List.of(),
                SignoffPolicy.NONE);
        return new RuleContext(ws, new GitFileTree(repo), false, Clock.systemUTC(), progress, shared);
    }

    /** A rule of {@code kind} with parameters given as alternating names and values. */
    static Rule rule(RuleKind kind, Object... nameValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.put((String) nameValues[i], nameValues[i + 1]);
        }
        return new Rule("r1", "Rule", kind, Optional.empty(), Optional.empty(), Severity.MAJOR, Optional.empty(),
                parameters);
    }
}
