package org.migrationworkbench.ui.readiness;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.Evidence;

/**
 * Two code references of a {@code code-ref} rule that can be compared side by side: the rule's result holds
 * exactly two resolved references ({@code START:END:path}, evidence at START). Paths are in the target
 * repository; lines from 1.
 */
public record CodeRefPair(Path oldFile, int oldLine, Path newFile, int newLine, String title) {
    /** The pair of a rule, when it is a code-ref rule whose result holds exactly two resolved references. */
    public static Optional<CodeRefPair> of(RuleRow row, Path target) {
        if (row.rule().kind() != RuleKind.CODE_REF || row.result().isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> refs = row.result().get().outcome().evidence().stream()
                .filter(e -> !e.file().isEmpty() && e.line() > 0).toList();
        if (refs.size() != 2 || refs.size() != row.result().get().outcome().evidence().size()) {
            return Optional.empty();
        }
        Evidence a = refs.get(0);
        Evidence b = refs.get(1);
        return Optional.of(new CodeRefPair(target.resolve(a.file()).normalize(), a.line(),
                target.resolve(b.file()).normalize(), b.line(), a.file() + ":" + a.line() + " ↔ " + b.file() + ":"
                + b.line()));
    }
}
