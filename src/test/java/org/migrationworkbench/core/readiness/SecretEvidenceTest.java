package org.migrationworkbench.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.store.JdbcReadinessRepository;
import org.migrationworkbench.core.store.ReadinessRepository.StoredResult;
import org.migrationworkbench.core.store.ReadinessRepository.StoredRun;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

/** A pattern rule over deploy/*.env, run and stored for real: the secret value never leaves the file. */
class SecretEvidenceTest {
    private static final String SECRET = "sk-live-123";

    @TempDir
    Path temp;

    private Workspace workspace() {
        TestWorkspaces.write(temp.resolve("repo/deploy/prod.env"), "# production\nAPI_KEY=" + SECRET
                + "\nexport DB_PASSWORD='" + SECRET + "'\n");
        TestWorkspaces.write(temp.resolve("ws/workbench.yaml"), """
                name: Secrets
                target: ../repo
                phases:
                  - {id: p1, title: Deploy}
                rules:
                  - {id: no-live-keys, kind: pattern-absent, pattern: 'sk-live-', files: ['deploy/*.env']}
                """);
        return new WorkspaceLoader().load(temp.resolve("ws")).workspace();
    }

    private static ReadinessService service(WorkbenchStore store) {
        return StoreServices.readiness(store, new ReadinessEngine(Checkers.all(), 2, Duration.ofSeconds(30)),
                Clock.systemUTC());
    }

    @Test
    void theStoredEvidenceHoldsTheNameAndNeverTheValue() {
        Workspace ws = workspace();
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root(), Map.of()))) {
            Analysis analysis = service(store).analyze(ws, Optional.empty(), false, "test", Progress.NONE,
                    ReadinessEngine.Listener.NONE);

            assertThat(analysis.run().result("no-live-keys").orElseThrow().outcome().evidence()).containsExactly(
                    Evidence.at("deploy/prod.env", 2, "API_KEY=<redacted>"),
                    Evidence.at("deploy/prod.env", 3, "export DB_PASSWORD=<redacted>"));
            StoredResult stored = new JdbcReadinessRepository(store.dataSource()).latest().orElseThrow()
                    .results().get(0);
            assertThat(stored.evidence()).contains("deploy/prod.env", "API_KEY=<redacted>").doesNotContain(SECRET);
            assertThat(stored.summary()).doesNotContain(SECRET);
            assertThat(service(store).latest(ws).orElseThrow().run().result("no-live-keys").orElseThrow()
                    .outcome().evidence()).extracting(Evidence::text)
                    .containsExactly("API_KEY=<redacted>", "export DB_PASSWORD=<redacted>");
        }
    }

    @Test
    void evidenceStoredBeforeRedactionIsShownRedacted() {
        Workspace ws = workspace();
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root(), Map.of()))) {
            new JdbcReadinessRepository(store.dataSource()).save(new StoredRun(0, Instant.now(), Instant.now(),
                    Optional.empty(), "not_ready", "test", List.of(new StoredResult("no-live-keys", "fail", "1 match",
                    "[{\"file\":\"deploy/prod.env\",\"line\":2,\"text\":\"API_KEY=" + SECRET + "\"}]", "d", 1))));

            assertThat(service(store).latest(ws).orElseThrow().run().result("no-live-keys").orElseThrow()
                    .outcome().evidence()).containsExactly(Evidence.at("deploy/prod.env", 2, "API_KEY=<redacted>"));
        }
    }

    @Test
    void theFileShownAroundTheEvidenceIsRedactedToo() {
        Workspace ws = workspace();

        SourceExcerpt excerpt = SourceExcerpt.read(ws.target(), "deploy/prod.env", 2, SecretFiles.of(ws));

        assertThat(excerpt.lines()).containsExactly(SecretLines.LINE, "API_KEY=<redacted>",
                "export DB_PASSWORD=<redacted>");
        assertThat(SourceExcerpt.read(ws.target(), "deploy/prod.env", 2, SecretFiles.STANDARD).lines())
                .noneMatch(line -> line.contains(SECRET));
    }
}
