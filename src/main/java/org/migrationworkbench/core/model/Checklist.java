package org.migrationworkbench.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A declared checklist: a Markdown file in the workspace or inline items. */
public record Checklist(String id, Optional<String> title, Optional<Path> file, List<String> items,
                        Optional<String> phase) {
    public Checklist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        items = List.copyOf(items);
        Objects.requireNonNull(phase, "phase");
    }

    public String displayTitle() {
        return title.orElse(id);
    }
}
