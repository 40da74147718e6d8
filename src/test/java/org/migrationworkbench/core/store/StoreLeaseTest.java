package org.migrationworkbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;

/** Closing a workspace store while background work uses it: the work is asked to stop and waited for. */
class StoreLeaseTest {
    @TempDir
    Path workspace;

    @Test
    void closeCancelsLeasedWorkAndWaitsUntilItHasWritten() throws Exception {
        WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(workspace, Map.of()));
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicBoolean wroteAfterCancel = new AtomicBoolean();
        StoreUsage.Lease lease = store.lease(cancelled::countDown, "test work");
        CompletableFuture<Void> work = CompletableFuture.runAsync(() -> {
            try {
                assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
                StoreTestSupport.execute(store.dataSource(), "CREATE TABLE after_cancel (x INT)");
                wroteAfterCancel.set(true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                lease.close();
            }
        });
        store.close();
        work.get(10, TimeUnit.SECONDS);
        assertThat(wroteAfterCancel).isTrue();
        assertThatThrownBy(() -> store.lease(() -> { }, "the readiness run")).isInstanceOf(WorkbenchException.class)
                .hasMessage("The workspace is being closed; the readiness run was not started.");
    }
}
