package org.migrationworkbench.ui.checklist;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;
import org.migrationworkbench.ui.common.ErrorReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores item states on one writer thread in the order they were made, while the UI shows each at once.
 * A failed write is reported (once per run of failures) and the item goes back to its last stored state.
 * It remembers what this session wrote per item: the workspace store has one writer (this app holds its
 * lock), so these states are the truth even when a checklist read in between missed some of them.
 * Call on the UI thread; results come back through the UI executor.
 */
final class StateWriter {
    private static final Logger LOG = LoggerFactory.getLogger(StateWriter.class);

    /** Told when an item must show another state: the one just made, the one stored, or a revert. */
    @FunctionalInterface
    interface Listener {
        /** {@code settled}: the state is what the store holds now (stored or reverted), not one on its way. */
        void show(String checklistId, String itemId, Optional<ItemState> state, boolean settled);
    }

    private record Key(String checklistId, String itemId) {
    }

    /** Per item: what it shows, what is stored, and the number of its last write. */
    private static final class Track {
        Optional<ItemState> shown;
        Optional<ItemState> stored;
        long lastWrite;

        Track(Optional<ItemState> stored) {
            this.shown = stored;
            this.stored = stored;
        }
    }

    private final ChecklistService service;
    private final ChecklistContext context;
    private final Listener listener;
    private final Map<Key, Track> tracks = new HashMap<>();
    private boolean failing;

    StateWriter(ChecklistService service, ChecklistContext context, Listener listener) {
        this.service = service;
        this.context = context;
        this.listener = listener;
    }

    /**
     * Shows the new state at once and stores it in the background, after every earlier write.
     * {@code onFailure} runs (on the UI thread) after a failed write was reported and reverted.
     */
    void write(String checklistId, String itemId, Optional<ItemState> current, ItemValues next,
                    Runnable onFailure) {
        Key key = new Key(checklistId, itemId);
        Track track = tracks.computeIfAbsent(key, k -> new Track(current));
        Clock clock = context.clock();
        ItemState shown = new ItemState(checklistId, itemId, next.state(), context.actor(), clock.instant(),
                next.note(), next.reason(), next.assignee());
        long number = ++track.lastWrite;
        track.shown = Optional.of(shown);
        listener.show(checklistId, itemId, track.shown, false);
        try {
            context.writes().execute(() -> store(key, current, next, number, onFailure));
        } catch (RejectedExecutionException e) {
            failed(key, number, e, onFailure);
        }
    }

    /** The states this session gave the items of a checklist, by item id: newer than any read before. */
    Map<String, Optional<ItemState>> written(String checklistId) {
        Map<String, Optional<ItemState>> states = new HashMap<>();
        tracks.forEach((key, track) -> {
            if (key.checklistId().equals(checklistId)) {
                states.put(key.itemId(), track.shown);
            }
        });
        return states;
    }

    /** Reads an item's history after the writes made so far; skipped when no longer {@code wanted} by then. */
    void history(String checklistId, String itemId, BooleanSupplier wanted, Consumer<List<ItemState>> show) {
        Runnable read = () -> {
            if (!wanted.getAsBoolean()) {
                return;
            }
            try {
                List<ItemState> history = service.history(checklistId, itemId);
                context.uiThread().execute(() -> show.accept(history));
            } catch (RuntimeException e) {
                LOG.warn("Could not read the history of {}/{}: {}", checklistId, itemId, e.getMessage());
                context.uiThread().execute(() -> show.accept(List.of()));
            }
        };
        try {
            context.writes().execute(read);
        } catch (RejectedExecutionException e) {
            LOG.debug("Checklist writer stopped; no history read", e);
        }
    }

    private void store(Key key, Optional<ItemState> current, ItemValues next, long number, Runnable onFailure) {
        try {
            ItemState stored = service.apply(key.checklistId(), key.itemId(), current, next.edit(), context.actor());
            context.uiThread().execute(() -> stored(key, number, stored));
        } catch (RuntimeException e) {
            context.uiThread().execute(() -> failed(key, number, e, onFailure));
        }
    }

    private void stored(Key key, long number, ItemState stored) {
        failing = false;
        Track track = tracks.get(key);
        track.stored = Optional.of(stored);
        if (number == track.lastWrite) {
            track.shown = track.stored;
            listener.show(key.checklistId(), key.itemId(), track.shown, true);
        }
    }

    private void failed(Key key, long number, Throwable error, Runnable onFailure) {
        if (!failing) {
            context.errors().report("Could not save the checklist change", error);
        } else {
            LOG.info("Another checklist change could not be saved: {}", error.getMessage());
        }
        failing = true;
        Track track = tracks.get(key);
        if (number == track.lastWrite) {
            track.shown = track.stored;
            listener.show(key.checklistId(), key.itemId(), track.shown, true);
        }
        onFailure.run();
    }
}
