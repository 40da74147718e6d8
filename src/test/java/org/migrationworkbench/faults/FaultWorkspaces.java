package org.migrationworkbench.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The smallest workspace one can sign off in: one phase whose gate needs the Technical Lead. */
final class FaultWorkspaces {
    private FaultWorkspaces() {
    }

    static Path minimal(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("workbench.yaml"), """
                name: Faults
                target: .
                start: 2026-09-07
                phases:
                  - id: p1
                    title: Cut over
                    weeks: 1
                    gates:
                      signoffs: [Technical Lead]
                signoff:
                  roles: [Technical Lead]
                """);
        return folder;
    }

    /** The arguments of an approval of gate p1 in {@code workspace}. */
    static String[] approval(Path workspace) {
        return new String[] {"signoff", "--workspace", workspace.toString(), "--gate", "p1", "--role",
            "Technical Lead", "--approve", "--as", "Ada <ada@example.org>"};
    }
}
