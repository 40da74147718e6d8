package org.migrationworkbench.ui.overview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migrationworkbench.core.git.RepositoryInfo;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.session.OpenedWorkspace;
import org.migrationworkbench.core.workspace.Problem;

/** What the Overview shows, derived from an opened workspace; plain values, no nodes. */
public record OverviewViewModel(String name, String description, String folder, String target,
                                List<String> repositoryLines, boolean repositoryAvailable, List<Count> counts,
                                List<String> roles, List<String> warnings) {
    private static final DateTimeFormatter COMMIT_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
            Locale.ENGLISH);

    /** A labelled number shown as a tile. */
    public record Count(String label, int value) {
    }

    public static OverviewViewModel of(OpenedWorkspace opened) {
        Workspace ws = opened.workspace();
        List<Count> counts = List.of(new Count("Phases", ws.phases().size()),
                new Count("Checklists", ws.checklists().size()), new Count("Rules", ws.rules().size()),
                new Count("Comparisons", ws.comparisons().size()), new Count("Metrics", ws.metrics().size()),
                new Count("Sign-off roles", ws.signoff().roles().size()));
        return new OverviewViewModel(ws.name(), ws.description().orElse(""), ws.root().toString(),
                ws.target().toString(), repositoryLines(opened.repository()), opened.repository().available(),
                counts, ws.signoff().roles(),
                opened.loaded().warnings().stream().map(Problem::toString).toList());
    }

    static List<String> repositoryLines(RepositoryInfo repo) {
        if (!repo.available()) {
            return List.of(repo.unavailable().orElse("unavailable"));
        }
        List<String> lines = new ArrayList<>();
        lines.add("Branch " + repo.branch().orElse("(detached)")
                + repo.clean().map(clean -> clean ? " · clean" : " · uncommitted changes").orElse(""));
        repo.head().ifPresentOrElse(head -> lines.add(head.shortId() + "  " + head.shortMessage() + " — "
                        + head.author() + ", " + COMMIT_TIME.format(head.time().atZone(ZoneId.systemDefault()))),
                () -> lines.add("no commits yet"));
        return lines;
    }
}
