package org.migrationworkbench.core.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migrationworkbench.core.model.Phase;

/** Checks depends_on: every id known, no phase depending on itself, no cycle (the cycle is named). */
final class DependencyCheck {
    private enum Mark { VISITING, DONE }

    private final LoadContext ctx;

    DependencyCheck(LoadContext ctx) {
        this.ctx = ctx;
    }

    void check(List<PhaseReader.Read> phases) {
        Map<String, PhaseReader.Read> byId = new HashMap<>();
        phases.forEach(r -> byId.put(r.phase().id(), r));
        Set<String> known = new java.util.LinkedHashSet<>(byId.keySet());
        for (PhaseReader.Read read : phases) {
            String listAt = SourceMap.child(read.pointer(), "depends_on");
            ctx.checkReferences(read.phase().dependsOn(), listAt, known, "phase");
        }
        Map<String, Mark> marks = new HashMap<>();
        for (PhaseReader.Read read : phases) {
            findCycle(read.phase().id(), byId, marks, new ArrayList<>());
        }
    }

    private void findCycle(String id, Map<String, PhaseReader.Read> byId, Map<String, Mark> marks,
                           List<String> path) {
        Mark mark = marks.get(id);
        if (mark == Mark.DONE || !byId.containsKey(id)) {
            return;
        }
        if (mark == Mark.VISITING) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            String first = cycle.get(0);
            Phase from = byId.get(cycle.get(cycle.size() - 2)).phase();
            String at = SourceMap.child(SourceMap.child(byId.get(from.id()).pointer(), "depends_on"),
                    from.dependsOn().indexOf(id));
            ctx.problems.error(at, "dependency cycle: " + String.join(" -> ", cycle)
                    + (cycle.size() == 2 ? " (phase '" + first + "' depends on itself)" : ""));
            return;
        }
        marks.put(id, Mark.VISITING);
        path.add(id);
        for (String next : byId.get(id).phase().dependsOn()) {
            findCycle(next, byId, marks, path);
        }
        path.remove(path.size() - 1);
        marks.put(id, Mark.DONE);
    }
}
