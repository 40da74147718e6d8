package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.workspace.Fixtures.assertOneAt;
import static org.migrationworkbench.core.workspace.Fixtures.errorsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules: a known kind, and the parameters of that kind, each checked where it is written. */
class RuleValidationTest {
    private final List<Problem> errors = errorsOf("rule-errors");

    @Test
    void rejectsUnknownKindListingTheKnownOnes() {
        assertOneAt(errors, 8, 11, "rules[0].kind", "unknown rule kind 'file-exists' (known: path-exists, "
                + "path-absent, moved, pattern-absent, pattern-present, coverage, config-schema, env-parity, code-ref, "
                + "git, doc-present, command)");
    }

    @Test
    void reportsMissingRequiredParameterAtTheRule() {
        assertOneAt(errors, 10, 5, "rules[1]", "kind 'moved' needs parameter 'to'");
    }

    @Test
    void reportsUnknownParameterAtItsKey() {
        assertOneAt(errors, 16, 5, "rules[2].recursive",
                "unknown parameter 'recursive' for kind 'path-absent' (known: paths)");
    }

    @Test
    void rejectsInvalidRegularExpression() {
        assertOneAt(errors, 19, 14, "rules[3].pattern", "invalid regular expression: Unclosed group");
    }

    @Test
    void rejectsRatioOutOfRange() {
        assertOneAt(errors, 24, 10, "rules[4].min", "expected a number from 0 to 1 (0.9 = 90%), found '1.5'");
    }

    @Test
    void envParityNeedsExampleOrRequired() {
        assertOneAt(errors, 25, 5, "rules[5]", "kind 'env-parity' needs one of: example, required");
    }

    @Test
    void codeRefNeedsRefsOrGuide() {
        assertOneAt(errors, 28, 5, "rules[6]", "kind 'code-ref' needs one of: refs, guide");
    }

    @Test
    void rejectsCodeRefNotOfTheFormStartEndPath() {
        assertOneAt(errors, 32, 12, "rules[7].refs[0]",
                "'12-30:src/run.py' is not a code reference; expected START:END:path");
    }

    @Test
    void rejectsCodeRefThatEndsBeforeItStarts() {
        assertOneAt(errors, 32, 32, "rules[7].refs[1]", "code reference '30:12:src/run.py' needs 1 <= START <= END");
    }

    @Test
    void rejectsValueOutsideTheChoices() {
        assertOneAt(errors, 35, 12, "rules[8].check", "'pushed' is not one of clean, merged, tag, fresh, frozen");
    }

    @Test
    void reportsNothingElse() {
        assertThat(errors).hasSize(10);
    }
}
