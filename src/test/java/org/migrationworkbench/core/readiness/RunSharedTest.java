package org.migrationworkbench.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.CancelledException;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.testing.CountingProgress;

class RunSharedTest {
    @Test
    void workIsDoneOnceForEveryCallerWithTheSameKey() throws Exception {
        RunShared shared = new RunShared(List.of());
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> shared.once("k", () -> {
                started.countDown();
                runs.incrementAndGet();
                sleep(200);
                return "result";
            }, Progress.NONE));
            started.await();
            List<Future<String>> others = List.of(
                    pool.submit(() -> shared.once("k", () -> "again " + runs.incrementAndGet(), Progress.NONE)),
                    pool.submit(() -> shared.once("k", () -> "again " + runs.incrementAndGet(), Progress.NONE)));

            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("result");
            for (Future<String> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("result");
            }
            assertThat(runs).hasValue(1);
            assertThat(shared.once("other key", () -> "fresh", Progress.NONE)).isEqualTo("fresh");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureOfTheWorkReachesEveryCaller() {
        RunShared shared = new RunShared(List.of());
        assertThatThrownBy(() -> shared.once("k", () -> {
            throw new IllegalStateException("disk gone");
        }, Progress.NONE)).hasMessage("disk gone");

        assertThatThrownBy(() -> shared.once("k", () -> "never", Progress.NONE)).hasMessage("disk gone");
    }

    @Test
    void aWaitingCallerStopsWhenItIsCancelled() throws Exception {
        RunShared shared = new RunShared(List.of());
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = new Thread(() -> shared.once("k", () -> {
            started.countDown();
            await(release);
            return "late";
        }, Progress.NONE));
        worker.start();
        started.await();

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> shared.once("k", () -> "never", CountingProgress.cancelled()))
                .isInstanceOf(CancelledException.class);
        assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(5));
        release.countDown();
        worker.join();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
