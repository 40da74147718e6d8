package org.migrationworkbench.ui.checklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.migrationworkbench.core.checklist.ChecklistService;
import org.migrationworkbench.core.checklist.LoadedChecklist;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checklists a workspace declares, as listed, and each one read in the background and kept until the
 * workspace reloads. Reads run one at a time (a read may update the item catalog of its checklist); the
 * results of reads started before a reload are dropped. Call on the UI thread.
 */
final class ChecklistReads {
    private static final Logger LOG = LoggerFactory.getLogger(ChecklistReads.class);
    private final ChecklistService service;
    private final TaskRunner runner;
    private final Object oneReadAtATime = new Object();
    private final ObservableList<ChecklistSummary> summaries = FXCollections.observableArrayList();
    private final Map<String, LoadedChecklist> read = new HashMap<>();
    private int generation;
    private int counting = -1;

    ChecklistReads(ChecklistService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    ObservableList<ChecklistSummary> summaries() {
        return summaries;
    }

    Optional<ChecklistSummary> summary(String id) {
        return summaries.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Takes the declared checklists, keeping the list entries of those still declared; forgets all reads. */
    void declare(List<Checklist> declarations) {
        generation++;
        read.clear();
        List<ChecklistSummary> next = new ArrayList<>();
        for (Checklist declaration : declarations) {
            ChecklistSummary summary = summary(declaration.id()).orElseGet(() -> new ChecklistSummary(declaration));
            summary.declare(declaration);
            next.add(summary);
        }
        if (!next.equals(summaries)) {
            summaries.setAll(next); // only on a real change: a list view selection does not survive setAll
        }
    }

    /** The checklist as read: at once when read before, else once read in the background. */
    void get(ChecklistSummary summary, Consumer<LoadedChecklist> onRead, BiConsumer<ChecklistSummary, Throwable> onFailure) {
        LoadedChecklist known = read.get(summary.id());
        if (known != null) {
            onRead.accept(known);
            return;
        }
        int started = generation;
        Checklist declaration = summary.declaration();
        runner.task("Reading checklist " + declaration.displayTitle(), progress -> readOne(declaration))
                .onSuccess(loaded -> {
                    if (started == generation) {
                        read.put(loaded.id(), loaded);
                        onRead.accept(loaded);
                    }
                })
                .onError(error -> {
                    if (started == generation) {
                        summary.failed(message(error));
                        onFailure.accept(summary, error);
                    }
                })
                .start();
    }

    /** The checklist if it has been read since the last reload. */
    Optional<LoadedChecklist> known(String id) {
        return Optional.ofNullable(read.get(id));
    }

    /** Reads every checklist not read yet, to count its progress; {@code onRead} gets each one read. */
    void readRest(Consumer<LoadedChecklist> onRead) {
        int started = generation;
        List<Checklist> unread = summaries.stream().filter(s -> !read.containsKey(s.id()))
                .map(ChecklistSummary::declaration).toList();
        if (unread.isEmpty() || counting == started) {
            return;
        }
        counting = started;
        runner.task("Counting checklist progress", progress -> {
            progress.begin("Counting checklist progress", unread.size());
            List<Outcome> outcomes = new ArrayList<>();
            for (Checklist declaration : unread) {
                progress.checkCancelled();
                outcomes.add(outcome(declaration));
                progress.worked(1);
            }
            return outcomes;
        }).onSuccess(outcomes -> {
            if (started == generation) {
                outcomes.forEach(outcome -> take(outcome, onRead));
            }
        }).onError(error -> LOG.info("Counting checklist progress stopped: {}", message(error))).start();
    }

    private void take(Outcome outcome, Consumer<LoadedChecklist> onRead) {
        if (outcome.loaded() != null) {
            read.putIfAbsent(outcome.id(), outcome.loaded());
            onRead.accept(read.get(outcome.id()));
        } else {
            summary(outcome.id()).ifPresent(s -> s.failed(outcome.problem()));
        }
    }

    private Outcome outcome(Checklist declaration) {
        try {
            return new Outcome(declaration.id(), readOne(declaration), "");
        } catch (RuntimeException e) {
            LOG.info("Checklist {} cannot be read: {}", declaration.id(), message(e));
            return new Outcome(declaration.id(), null, message(e));
        }
    }

    static String message(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    private LoadedChecklist readOne(Checklist declaration) {
        synchronized (oneReadAtATime) {
            return service.load(declaration);
        }
    }

    /** A checklist read, or why it could not be. */
    private record Outcome(String id, LoadedChecklist loaded, String problem) {
    }
}
