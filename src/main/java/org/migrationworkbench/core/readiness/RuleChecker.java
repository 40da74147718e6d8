package org.migrationworkbench.core.readiness;

import org.migrationworkbench.core.model.Rule;

/**
 * Checks rules of one kind. Implementations are stateless and thread-safe; they read the target repository
 * only through the {@link RuleContext} (paths relative to the repository, never escaping it), call
 * {@code context.progress().checkCancelled()} in long loops, and throw on anything unexpected — the engine
 * turns an exception into an {@link RuleStatus#ERROR} result with its message.
 *
 * <p>Parameters are the rule's YAML fields (already validated by the workspace loader: names, types, paths).
 */
public interface RuleChecker {
    Outcome check(Rule rule, RuleContext context) throws Exception;
}
