package org.migrationworkbench.core.timeline;

import org.migrationworkbench.core.signoff.GateStatus;

/**
 * What the status of a phase needs to know about its gate; evaluating the gate is {@code GateCheck}'s job.
 *
 * @param exists            true when the phase declares at least one gate requirement
 * @param allMet            true when every gate requirement is met ({@link GateStatus#open()})
 * @param anyBlocked        true when something holds the phase: a blocked checklist item or a failing blocker
 *                          rule (the caller decides; {@link GateStatus} does not tell blocked items from open ones)
 * @param checklistProgress share of the gate checklists' items that are done or n/a, from 0 to 1; 0 without items
 */
public record GateState(boolean exists, boolean allMet, boolean anyBlocked, double checklistProgress) {
    /** A phase without gate requirements and nothing blocking it. */
    public static final GateState NONE = new GateState(false, false, false, 0);

    public GateState {
        if (checklistProgress < 0 || checklistProgress > 1 || Double.isNaN(checklistProgress)) {
            throw new IllegalArgumentException("checklistProgress must be within 0..1, got " + checklistProgress);
        }
    }

    /** The state of an evaluated gate; {@code anyBlocked} comes from the caller. */
    public static GateState of(GateStatus status, boolean anyBlocked) {
        int items = status.checklists().stream().mapToInt(GateStatus.ChecklistCheck::items).sum();
        int open = status.checklists().stream().mapToInt(c -> c.openItems().size()).sum();
        boolean exists = status.requirements().findAny().isPresent();
        return new GateState(exists, exists && status.open(), anyBlocked,
                items == 0 ? 0 : (double) (items - open) / items);
    }
}
