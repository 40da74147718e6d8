package org.migrationworkbench.core.workspace;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls back when workbench.yaml in a workspace folder is written, created or replaced (editors often save
 * by rename). Bursts of events are debounced into one call, made on the watcher's own thread.
 */
public final class WorkspaceWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceWatcher.class);
    static final long DEBOUNCE_MS = 300;

    private final WatchService service;
    private final Thread thread;
    private final ScheduledExecutorService debouncer;
    private ScheduledFuture<?> pending;

    public WorkspaceWatcher(Path root, Runnable onChange) throws IOException {
        service = root.getFileSystem().newWatchService();
        root.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        debouncer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "workbench-watch-debounce"));
        thread = daemon(() -> loop(onChange), "workbench-watch " + root.getFileName());
        thread.start();
    }

    private void loop(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    Object context = event.context();
                    relevant |= context instanceof Path p && p.toString().equals(WorkspaceLoader.MANIFEST);
                    relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW;
                }
                if (relevant) {
                    schedule(onChange);
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("Watcher closed");
        }
    }

    private synchronized void schedule(Runnable onChange) {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = debouncer.schedule(() -> {
            try {
                onChange.run();
            } catch (RuntimeException e) {
                LOG.error("Reload after a change of {} failed", WorkspaceLoader.MANIFEST, e);
            }
        }, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        debouncer.shutdownNow();
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("Closing watch service", e);
        }
    }
}
