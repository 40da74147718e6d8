package org.migrationworkbench.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.checklist.GuideReader;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.ui.task.SameThreadTaskRunner;

class ChecklistSessionTest {
    @TempDir
    Path temp;

    @Test
    void aReloadKeepsTheViewModelAndReadsTheChecklistsAgainEvenWhenWorkbenchYamlIsUnchanged() {
        AtomicInteger reads = new AtomicInteger();
        GuideReader guides = (file, mode) -> {
            reads.incrementAndGet();
            return ChecklistWorkspaces.cutoverGuide().read(file, mode);
        };
        ChecklistContext context = new ChecklistContext(guides, new SameThreadTaskRunner(), Runnable::run,
                Runnable::run, (title, error) -> { }, "alice", Clock.systemUTC());
        ReadOnlyObjectWrapper<OpenedWorkspace> opened = new ReadOnlyObjectWrapper<>();
        ChecklistSession session = new ChecklistSession(opened.getReadOnlyProperty(), context);
        assertThat(session.modelProperty().get()).isNull();

        try (OpenedWorkspace first = ChecklistWorkspaces.open(ChecklistWorkspaces.write(temp.resolve("a"),
                ChecklistWorkspaces.INLINE));
             OpenedWorkspace other = ChecklistWorkspaces.open(ChecklistWorkspaces.write(temp.resolve("b"),
                     ChecklistWorkspaces.INLINE))) {
            opened.set(first);
            ChecklistViewModel model = session.modelProperty().get();
            assertThat(model.opened()).isSameAs(first);
            assertThat(reads).hasValue(1);

            OpenedWorkspace reloaded = ChecklistWorkspaces.reload(first);
            assertThat(reloaded).isEqualTo(first);
            opened.set(reloaded);
            assertThat(session.modelProperty().get()).isSameAs(model);
            assertThat(model.opened()).isSameAs(reloaded);
            assertThat(reads).hasValue(2);

            opened.set(other);
            assertThat(session.modelProperty().get()).isNotSameAs(model);
            opened.set(null);
            assertThat(session.modelProperty().get()).isNull();
        }
    }
}
