package org.migrationworkbench.ui.timeline;

import java.nio.file.Path;
import org.migrationworkbench.testing.TestWorkspaces;

/**
 * A workspace of five phases: a-plan (done checklist gate) → b-build (critical risk) and c-docs (high risk, 9 days
 * of slack) → d-cutover (gate: a Technical Lead approval), and e-later without dates. The critical path is
 * a-plan, b-build, d-cutover.
 */
public final class TimelineWorkspaces {
    private TimelineWorkspaces() {
    }

    /** Writes the workspace into {@code folder}; returns it. */
    public static Path write(Path folder) {
        TestWorkspaces.write(folder.resolve("checklists/plan.md"), "# Plan\n\n- [x] Scope agreed\n- [x] Team named\n");
        TestWorkspaces.write(folder.resolve("workbench.yaml"), """
                name: Timeline test
                target: .
                phases:
                  - id: a-plan
                    title: Plan the migration
                    start: 2026-09-07
                    end: 2026-09-13
                    gates:
                      checklists: [plan]
                  - id: b-build
                    title: Build the new pipeline
                    start: 2026-09-14
                    end: 2026-09-25
                    depends_on: [a-plan]
                    risk: critical
                  - id: c-docs
                    title: Write the runbooks
                    start: 2026-09-14
                    end: 2026-09-16
                    depends_on: [a-plan]
                    risk: high
                  - id: d-cutover
                    title: Cut over
                    start: 2026-09-26
                    end: 2026-10-02
                    depends_on: [b-build, c-docs]
                    gates:
                      signoffs: [Technical Lead]
                  - id: e-later
                    title: Decommission the old system
                checklists:
                  - id: plan
                    file: checklists/plan.md
                signoff:
                  roles: [Technical Lead]
                """);
        return folder;
    }

    /** Writes a plan of {@code count} one-week phases {@code p0, p1, …}, each starting a day after the previous. */
    public static Path writeLong(Path folder, int count) {
        StringBuilder yaml = new StringBuilder("name: Long plan\ntarget: .\nphases:\n");
        java.time.LocalDate start = java.time.LocalDate.of(2026, 9, 7);
        for (int i = 0; i < count; i++) {
            yaml.append("  - id: p").append(i).append("\n    title: Phase ").append(i).append("\n    start: ")
                    .append(start.plusDays(i)).append("\n    end: ").append(start.plusDays(i + 6L)).append('\n');
        }
        TestWorkspaces.write(folder.resolve("workbench.yaml"), yaml.toString());
        return folder;
    }
}
