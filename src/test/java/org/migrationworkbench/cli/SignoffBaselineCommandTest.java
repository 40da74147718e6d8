package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.timeline.Baseline;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.testing.CliRun;

/** signoff takes a timeline baseline when it completes a gate; report shows the latest one. */
class SignoffBaselineCommandTest {
    @TempDir
    Path temp;
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private static List<Baseline> baselines(Path ws) {
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws))) {
            return SignoffSupport.baselines(store).all();
        }
    }

    @Test
    void approvingTheLastRequiredRoleLeavesABaselineThatTheReportShows() {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Baselines");
        String[] approve = {"signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role",
                "Technical Lead", "--approve", "--as", "Ada"};
        assertThat(run("signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role", "Technical Lead",
                "--reject", "--comment", "not yet", "--as", "Ada")).isZero();
        assertThat(baselines(ws)).isEmpty();

        assertThat(run(approve)).as(cli.err()).isZero();

        assertThat(cli.err()).isEmpty();
        assertThat(baselines(ws)).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo("gate p2-cutover signed off");
            assertThat(b.planned()).containsOnlyKeys("p1-build", "p2-cutover");
        });
        Optional<Baseline> reported = ReportCommand.gather(new WorkspaceLoader().load(ws).workspace()).baseline();
        assertThat(reported).isEqualTo(baselines(ws).stream().findFirst());
    }

    @Test
    void aBaselineThatCannotBeStoredIsAWarningAndTheSignoffStays() throws Exception {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Baselines");
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws));
             Connection connection = store.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE timeline_baseline_phase");
            statement.execute("DROP TABLE timeline_baseline");
        }

        assertThat(run("signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role", "Technical Lead",
                "--approve", "--as", "Ada")).as(cli.err()).isZero();

        assertThat(cli.out()).contains("Recorded approve of gate p2-cutover as Technical Lead by Ada");
        assertThat(cli.err()).contains("warning: The sign-off of gate p2-cutover as Technical Lead was recorded")
                .contains("Could not save the timeline baseline");
        assertThat(run("verify", "--workspace", ws.toString())).as(cli.out()).isZero();
    }

    @Test
    void aWorkspaceWithoutBaselinesReportsNone() {
        Path ws = TestWorkspaces.valid(temp.resolve("ws"), "Baselines");

        assertThat(ReportCommand.gather(new WorkspaceLoader().load(ws).workspace()).baseline())
                .isEqualTo(Optional.<Baseline>empty());
    }
}
