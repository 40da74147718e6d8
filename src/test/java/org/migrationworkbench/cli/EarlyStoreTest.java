package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.TestWorkspaces;

class EarlyStoreTest {
    @TempDir
    Path temp;

    private Path workspace() {
        Path ws = temp.resolve("ws");
        TestWorkspaces.write(ws.resolve("workbench.yaml"), "name: Early\ntarget: .\nphases:\n  - id: p1\n    title: One\n");
        return ws;
    }

    @Test
    void anExistingStoreIsOpenedWhileTheWorkspaceLoadsAndHandedOver() {
        Path ws = workspace();
        WorkbenchStore.open(StoreConfig.forWorkspace(ws)).close();

        try (EarlyStore early = EarlyStore.start(ws)) {
            Workspace loaded = new WorkspaceLoader().load(ws).workspace();
            try (WorkbenchStore store = early.store(loaded)) {
                assertThat(store.dataSource()).isNotNull();
            }
        }
        WorkbenchStore.open(StoreConfig.forWorkspace(ws)).close(); // released: opens again
    }

    @Test
    void aStoreOpenedEarlyIsClosedWhenTheWorkspaceDoesNotLoad() throws Exception {
        Path ws = workspace();
        WorkbenchStore.open(StoreConfig.forWorkspace(ws)).close();
        Files.writeString(ws.resolve("workbench.yaml"), "name: [unclosed\n");

        assertThatThrownBy(() -> {
            try (EarlyStore early = EarlyStore.start(ws)) {
                new WorkspaceLoader().load(ws).workspace();
            }
        }).isInstanceOf(WorkbenchException.class);
        WorkbenchStore.open(StoreConfig.forWorkspace(ws)).close(); // not left open or locked
    }

    @Test
    void noStoreIsCreatedEarlyForAWorkspaceWithoutOne() {
        Path ws = workspace();

        try (EarlyStore early = EarlyStore.start(ws)) {
            assertThat(ws.resolve(".workbench")).doesNotExist();
        }
        assertThat(ws.resolve(".workbench")).doesNotExist();
    }
}
