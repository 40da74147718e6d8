package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.workspace.Fixtures.at;
import static org.migrationworkbench.core.workspace.Fixtures.fixture;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every problem of a file is reported at once, in document order, in the compiler-like form. */
class ProblemReportingTest {
    private final Path folder = fixture("five-errors");
    private final WorkspaceInvalidException refused = Fixtures.refusal(folder);

    @Test
    void reportsEveryErrorOfTheFileSortedByLine() {
        assertThat(refused.errors()).satisfiesExactly(
                at(3, 8, "start", "'2025-13-01' is not a date; expected YYYY-MM-DD"),
                at(9, 22, "phases[1].depends_on[1]", "unknown phase 'p7' (known: p1, p2)"),
                at(13, 12, "checklists[0].phase", "unknown phase 'p3' (known: p1, p2)"),
                at(18, 14, "rules[0].timeout", "expected a number of seconds from 1 to 86400, found '0'"),
                at(21, 13, "metrics[0].target", "target 'fast' is not of the form OP NUMBER [UNIT]"));
    }

    @Test
    void listsWarningsAfterTheErrors() {
        assertThat(refused.problems()).hasSize(6).last()
                .satisfies(at(2, 9, "target", "is not a git repository"))
                .extracting(Problem::level).isEqualTo(Problem.Level.WARNING);
    }

    @Test
    void printsProblemsAsFileLineColumnPathMessage() {
        String file = folder.resolve("workbench.yaml").toString();

        assertThat(refused.errors().get(1)).hasToString(file + ":9:22: phases[1].depends_on[1]: unknown phase 'p7' "
                + "(known: p1, p2)");
        assertThat(refused.problems().get(5).toString()).startsWith(file + ":2:9: warning: target: target ");
    }

    @Test
    void printsProblemOfTheWholeDocumentWithoutPath() {
        Problem problem = new Problem(Problem.Level.ERROR, "workbench.yaml", 1, 1, "", "the file is empty");

        assertThat(problem).hasToString("workbench.yaml:1:1: the file is empty");
    }

    @Test
    void summarisesTheErrorCountAndListsEachProblemInTheMessage() {
        assertThat(refused.getMessage().lines()).hasSize(7)
                .first().isEqualTo(folder.resolve("workbench.yaml") + " has 5 errors.");
        assertThat(refused.getMessage()).contains(refused.errors().get(4).toString());
    }
}
