package org.migrationworkbench.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small workspaces written into temp folders for tests. */
public final class TestWorkspaces {
    private TestWorkspaces() {
    }

    /** A valid workspace named {@code name} with two phases, one checklist file and one rule. */
    public static Path valid(Path folder, String name) {
        write(folder.resolve("checklists/go-live.md"), "# Go live\n\n- [ ] Freeze the old system\n- [x] Announce\n");
        write(folder.resolve("workbench.yaml"), """
                name: %s
                target: .
                start: 2026-09-07
                phases:
                  - id: p1-build
                    title: Build the new pipeline
                    weeks: [1, 2]
                    risk: low
                  - id: p2-cutover
                    title: Cut over
                    weeks: 3
                    depends_on: [p1-build]
                    risk: high
                    gates:
                      checklists: [go-live]
                      rules: [old-code-gone]
                      signoffs: [Technical Lead]
                checklists:
                  - id: go-live
                    file: checklists/go-live.md
                rules:
                  - id: old-code-gone
                    kind: path-absent
                    paths: [legacy/**]
                signoff:
                  roles: [Technical Lead, Product Owner]
                """.formatted(name));
        return folder;
    }

    /** A workspace whose workbench.yaml has an unknown dependency on line 8, column 18. */
    public static Path invalid(Path folder) {
        write(folder.resolve("workbench.yaml"), """
                name: Broken
                target: .
                start: 2026-09-07
                phases:
                  - id: p1
                    title: One
                    weeks: 1
                    depends_on: [p9]
                """);
        return folder;
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
