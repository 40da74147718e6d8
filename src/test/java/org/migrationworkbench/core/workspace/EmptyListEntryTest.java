package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.workspace.Fixtures.at;
import static org.migrationworkbench.core.workspace.Fixtures.errorsOf;

import org.junit.jupiter.api.Test;

/** A list of names or items with an empty entry ({@code ~}) is a located problem, not a crash. */
class EmptyListEntryTest {

    @Test
    void reportsEmptyEntryOfEachListWhereItIsWritten() {
        String message = "empty list entry; write a value or remove the entry";

        assertThat(errorsOf("empty-list-entries")).satisfiesExactly(
                at(8, 22, "phases[1].depends_on[1]", message),
                at(12, 15, "phases[2].gates.rules[0]", message),
                at(17, 9, "checklists[0].items[1]", message),
                at(22, 20, "comparisons[0].key[1]", message));
    }
}
