package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.testing.CliRun;

/** import-guide and checklist through the command line, on real files. */
class ChecklistCommandsTest {
    @TempDir
    Path temp;
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(cli.out());
    }

    private Path guide() {
        Path file = temp.resolve("guides/cutover-guide.md");
        TestWorkspaces.write(file, """
                # Cutover Guide

                **Migration Status**: [ ] In Progress [ ] Completed [ ] Rolled Back

                ## Phase 1: Preparation (Week 1)

                Risk Level: HIGH

                - [x] Freeze writes
                - [ ] Back up the database

                ## Phase 2: Switch (Week 2)

                Dependencies: Phase 1 completed

                - [ ] Switch DNS

                ```12:20:app/scoring.py
                def score(): ...
                ```

                | Metric | Target | Actual | Status |
                |---|---|---|---|
                | Processing time | ≤7.0s | 6.4s | ✓ |
                | Throughput | ≥500/hr | [FILL] | |

                ## Final Sign-Off

                - [ ] Technical Lead approval
                - [ ] Product Owner approval

                **Migration Lead**: _______________
                """);
        return file;
    }

    @Test
    void importGuideJsonSummarisesWhatTheGuideHolds() throws Exception {
        assertThat(run("import-guide", guide().toString(), "--into", temp.resolve("ws").toString(), "--json")).isZero();
        JsonNode doc = json();
        assertThat(doc.get("items").asInt()).isEqualTo(5);
        assertThat(doc.get("checked").asInt()).isEqualTo(1);
        assertThat(doc.get("sections").asInt()).isEqualTo(4);
        assertThat(doc.get("choices")).hasSize(1);
        assertThat(doc.get("choices").get(0).get("name").asText()).isEqualTo("Migration Status");
        assertThat(doc.get("phases")).hasSize(2);
        assertThat(doc.get("phases").get(1).get("dependsOn").get(0).asInt()).isEqualTo(1);
        assertThat(doc.get("metrics")).hasSize(2);
        assertThat(doc.get("roles").findValuesAsText("name")).containsExactly("Technical Lead", "Product Owner");
        assertThat(doc.get("codeRefs").get(0).get("title").asText()).isEqualTo("12:20:app/scoring.py");
        assertThat(doc.get("warnings").isArray()).isTrue();
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void anImportedWorkspaceValidatesAndReportsChecklistProgress() throws Exception {
        Path ws = temp.resolve("ws");
        assertThat(run("import-guide", guide().toString(), "--into", ws.toString())).isZero();
        assertThat(cli.out()).contains("Created workspace", "5 items (1 checked)", "2 phases");
        assertThat(run("validate", "--workspace", ws.toString())).isZero();

        assertThat(run("checklist", "--workspace", ws.toString(), "--json")).isZero();
        JsonNode checklist = json().get("checklists").get(0);
        assertThat(checklist.get("id").asText()).isEqualTo("cutover-guide");
        assertThat(checklist.get("progress").get("total").asInt()).isEqualTo(5);
        assertThat(checklist.get("progress").get("done").asInt()).isEqualTo(1);
        assertThat(checklist.get("sections").findValuesAsText("title")).contains("Phase 1: Preparation (Week 1)");

        assertThat(run("checklist", "--workspace", ws.toString())).isZero();
        assertThat(cli.out()).contains("1/5 (20%)", "Cutover Guide (cutover-guide)");
    }

    @Test
    void reImportingAnEditedGuideReportsChangesAndTheProgressTheyTouch() throws Exception {
        Path ws = temp.resolve("ws");
        Path guide = temp.resolve("guides/steps.md");
        TestWorkspaces.write(guide, "# Steps\n\n- [ ] Freeze all writes to the legacy database\n- [ ] Rotate keys\n"
                + "- [ ] Announce the window\n");
        assertThat(run("import-guide", guide.toString(), "--into", ws.toString())).isZero();
        var loaded = ChecklistLoading.load(ws, "steps");
        try (var store = WorkbenchStore.open(StoreConfig.forWorkspace(ws, Map.of()))) {
            var service = new org.migrationworkbench.core.checklist.ChecklistService(
                    new org.migrationworkbench.core.guide.GuideImporter()::read,
                    new org.migrationworkbench.core.store.JdbcChecklistCatalogRepository(store.dataSource()),
                    new org.migrationworkbench.core.store.JdbcChecklistStateRepository(store.dataSource()),
                    java.time.Clock.systemUTC());
            for (var entry : loaded.entries()) {
                service.apply("steps", entry.id(), java.util.Optional.empty(),
                        org.migrationworkbench.core.checklist.ItemEdit.state("done"), "alice");
            }
        }
        TestWorkspaces.write(guide, "# Steps\n\n- [ ] Freeze all writes to the legacy DB\n- [ ] Announce the window\n"
                + "- [ ] Switch DNS\n");
        assertThat(run("import-guide", guide.toString(), "--into", ws.toString(), "--json")).isZero();
        JsonNode changes = json().get("changes");
        assertThat(changes.get("reworded").get(0).get("title").asText()).isEqualTo("Freeze all writes to the legacy DB");
        assertThat(changes.get("reworded").get(0).get("progress").asText()).isEqualTo("done");
        assertThat(changes.get("added").findValuesAsText("title")).containsExactly("Switch DNS");
        assertThat(changes.get("removed").findValuesAsText("title")).containsExactly("Rotate keys");
        assertThat(changes.get("orphanedProgress").get(0).get("title").asText()).isEqualTo("Rotate keys");
        assertThat(changes.get("orphanedProgress").get(0).get("by").asText()).isEqualTo("alice");

        TestWorkspaces.write(guide, "# Steps\n\n- [ ] Freeze all writes to the legacy DB\n- [ ] Switch DNS\n");
        assertThat(run("import-guide", guide.toString(), "--into", ws.toString())).isZero();
        assertThat(cli.out()).contains("1 removed", "item gone from the guide: 'Announce the window' (done by alice)");
    }

    @Test
    void exportWritesTheGuideWithRecordedStatesTicked() throws Exception {
        Path ws = temp.resolve("ws");
        Path guide = temp.resolve("guides/steps.md");
        String text = "# Steps\r\n\r\n- [ ] Freeze writes\r\n- [x] Announce\r\n";
        TestWorkspaces.write(guide, text);
        assertThat(run("import-guide", guide.toString(), "--into", ws.toString())).isZero();
        var loaded = ChecklistLoading.load(ws, "steps");
        try (var store = WorkbenchStore.open(StoreConfig.forWorkspace(ws, Map.of()))) {
            new org.migrationworkbench.core.store.JdbcChecklistStateRepository(store.dataSource()).record(
                    new org.migrationworkbench.core.store.ChecklistStateRepository.ItemState("steps",
                            loaded.entries().get(0).id(), "done", "alice", java.time.Instant.now(), ""));
        }
        Path out = temp.resolve("out/steps-progress.md");
        assertThat(run("checklist", "--workspace", ws.toString(), "--export", "steps", "--out", out.toString(),
                "--json")).isZero();
        assertThat(json().get("changed").asInt()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo(text.replace("- [ ] Freeze", "- [x] Freeze"));
        assertThat(run("checklist", "--workspace", ws.toString(), "--export", "steps")).isEqualTo(2);
        assertThat(cli.err()).contains("--out");
    }

    @Test
    void anUnreadableGuideIsBadInput() {
        assertThat(run("import-guide", temp.resolve("missing.md").toString(), "--into", temp.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("cannot read", "missing.md");
        Path binary = temp.resolve("binary.md");
        TestWorkspaces.write(binary, "a\u0000b");
        assertThat(run("import-guide", binary.toString(), "--into", temp.resolve("ws").toString())).isEqualTo(2);
        assertThat(cli.err()).contains(binary.toString());
        assertThat(Files.exists(temp.resolve("ws/workbench.yaml"))).isFalse();
    }

    @Test
    void checklistOfAWorkspaceOpenElsewhereSaysSo() {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Busy");
        try (WorkbenchStore open = WorkbenchStore.open(StoreConfig.forWorkspace(ws, Map.of()))) {
            assertThat(run("checklist", "--workspace", ws.toString())).isEqualTo(2);
            assertThat(cli.err()).contains("already open");
        }
    }
}
