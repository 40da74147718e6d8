package org.migrationworkbench.core.readiness;

import java.util.Map;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.checks.CommandChecker;
import org.migrationworkbench.core.readiness.checks.ConfigSchemaChecker;
import org.migrationworkbench.core.readiness.checks.CoverageChecker;
import org.migrationworkbench.core.readiness.checks.EnvParityChecker;
import org.migrationworkbench.core.readiness.checks.GitChecker;

/**
 * The checkers for the rule kinds that read more than file contents: reports, configuration, env files,
 * git history and commands. The engine merges these with the file-based kinds.
 */
public final class OtherRuleCheckers {
    private OtherRuleCheckers() {
    }

    /** Adds a stateless checker for each of coverage, config-schema, env-parity, git and command. */
    public static void registerInto(Map<RuleKind, RuleChecker> map) {
        map.put(RuleKind.COVERAGE, new CoverageChecker());
        map.put(RuleKind.CONFIG_SCHEMA, new ConfigSchemaChecker());
        map.put(RuleKind.ENV_PARITY, new EnvParityChecker());
        map.put(RuleKind.GIT, new GitChecker());
        map.put(RuleKind.COMMAND, new CommandChecker());
    }
}
