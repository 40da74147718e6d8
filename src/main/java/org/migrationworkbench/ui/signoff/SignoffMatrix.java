package org.migrationworkbench.ui.signoff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.GateEvidence;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.signoff.SignoffStatus;
import org.migrationworkbench.core.signoff.StaleSignoffs;

/**
 * Gates (phases whose gate requires sign-offs) by roles (those some gate requires, in the policy's order).
 *
 * @param roles the columns
 * @param gates the rows, in phase order
 */
public record SignoffMatrix(List<String> roles, List<GateRow> gates) {
    /** One gate and a cell per role, in the order of {@code roles}. */
    public record GateRow(String gate, String title, List<MatrixCell> cells) {
        public GateRow {
            cells = List.copyOf(cells);
        }
    }

    public SignoffMatrix {
        roles = List.copyOf(roles);
        gates = List.copyOf(gates);
    }

    /** The matrix of {@code records} (the whole ledger) checked against today's snapshot of each gate. */
    public static SignoffMatrix of(Workspace ws, List<SignoffRecord> records, Map<String, GateEvidence.Snapshot> today) {
        return of(ws, records, today, true);
    }

    /** The same; with {@code ledgerIntact} false, approvals that would complete a cell show as unverified. */
    public static SignoffMatrix of(Workspace ws, List<SignoffRecord> records, Map<String, GateEvidence.Snapshot> today,
                                   boolean ledgerIntact) {
        List<SignoffStatus> inForce = StaleSignoffs.inForce(records, today);
        List<String> roles = roles(ws);
        List<GateRow> rows = new ArrayList<>();
        for (Phase phase : ws.phases()) {
            if (phase.gates().signoffs().isEmpty()) {
                continue;
            }
            List<MatrixCell> cells = new ArrayList<>();
            for (String role : roles) {
                cells.add(cell(ws, phase, role, inForce, ledgerIntact));
            }
            rows.add(new GateRow(phase.id(), phase.title(), cells));
        }
        return new SignoffMatrix(roles, rows);
    }

    /** The cell of a gate and role; empty when there is no such row or column. */
    public Optional<MatrixCell> cell(String gate, String role) {
        int column = roles.indexOf(role);
        return gates.stream().filter(g -> g.gate().equals(gate)).findFirst()
                .filter(g -> column >= 0).map(g -> g.cells().get(column));
    }

    private static List<String> roles(Workspace ws) {
        Set<String> required = new LinkedHashSet<>();
        ws.phases().forEach(p -> required.addAll(p.gates().signoffs()));
        List<String> out = new ArrayList<>(ws.signoff().roles().stream().filter(required::contains).toList());
        required.stream().filter(r -> !out.contains(r)).forEach(out::add);
        return out;
    }

    private static MatrixCell cell(Workspace ws, Phase phase, String role, List<SignoffStatus> all,
                                   boolean ledgerIntact) {
        if (!phase.gates().signoffs().contains(role)) {
            return new MatrixCell(phase.id(), phase.title(), role, CellState.NOT_REQUIRED, 0, 0, List.of());
        }
        List<SignoffStatus> mine = all.stream()
                .filter(s -> s.record().gate().equals(phase.id()) && s.record().role().equals(role)).toList();
        int needed = ws.signoff().approvalsNeeded(role);
        int approved = (int) mine.stream().filter(s -> approves(s) && !s.stale()).count();
        CellState state;
        if (mine.stream().anyMatch(s -> s.record().decision() == Decision.REJECT)) {
            state = CellState.REJECTED;
        } else if (approved >= needed) {
            state = ledgerIntact ? CellState.APPROVED : CellState.UNVERIFIED;
        } else if (mine.stream().anyMatch(s -> approves(s) && s.stale())) {
            state = CellState.STALE;
        } else {
            state = CellState.MISSING;
        }
        return new MatrixCell(phase.id(), phase.title(), role, state, needed, approved, mine);
    }

    private static boolean approves(SignoffStatus s) {
        return s.record().decision() == Decision.APPROVE;
    }
}
