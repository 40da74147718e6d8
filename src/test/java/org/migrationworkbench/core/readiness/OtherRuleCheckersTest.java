package org.migrationworkbench.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.model.RuleKind;

class OtherRuleCheckersTest {
    @Test
    void registersACheckerForEachOfItsKindsOnly() {
        Map<RuleKind, RuleChecker> map = new EnumMap<>(RuleKind.class);

        OtherRuleCheckers.registerInto(map);

        assertThat(map).containsOnlyKeys(RuleKind.COVERAGE, RuleKind.CONFIG_SCHEMA, RuleKind.ENV_PARITY,
                RuleKind.GIT, RuleKind.COMMAND);
    }
}
