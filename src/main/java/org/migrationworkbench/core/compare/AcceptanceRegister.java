package org.migrationworkbench.core.compare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.store.AuditLog;
import org.migrationworkbench.core.store.CompareRepository;
import org.migrationworkbench.core.store.CompareRepository.StoredAcceptance;

/**
 * The accepted-differences register of each comparison: known differences accepted with a reason, an owner and
 * an optional expiry. Append-only and audited; the newest entry of an acceptance id wins, and revoking adds one.
 */
public final class AcceptanceRegister {
    private final CompareRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    AcceptanceRegister(CompareRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** The acceptances in force or expired (not revoked), in the order they were first made. */
    public List<AcceptedDifference> entries(String comparisonId) {
        Map<String, StoredAcceptance> newest = new LinkedHashMap<>();
        for (StoredAcceptance a : repository.acceptances(comparisonId)) {
            newest.put(a.acceptanceId(), a);
        }
        return newest.values().stream().filter(a -> !a.revoked()).map(AcceptanceRegister::toAccepted).toList();
    }

    /** Accepts the differences whose key (or text line) matches {@code match}, narrowed to {@code field}. */
    public AcceptedDifference accept(String comparisonId, String match, Optional<String> field, String reason,
                                     String owner, Optional<LocalDate> expires, String actor) {
        Pattern m = compile(match, "match");
        Optional<Pattern> f = field.filter(s -> !s.isBlank()).map(s -> compile(s, "field"));
        if (reason == null || reason.isBlank()) {
            throw new WorkbenchException("An accepted difference needs a reason.");
        }
        if (owner == null || owner.isBlank()) {
            throw new WorkbenchException("An accepted difference needs an owner.");
        }
        LocalDate today = LocalDate.now(clock);
        if (expires.isPresent() && expires.get().isBefore(today)) {
            throw new WorkbenchException("The expiry " + expires.get() + " is in the past.");
        }
        String id = "A" + (repository.acceptances(comparisonId).size() + 1);
        repository.addAcceptance(new StoredAcceptance(comparisonId, id, match, f.map(Pattern::pattern),
                reason.strip(), owner.strip(), expires, false, actor, clock.instant()));
        audit.append(actor, "compare.accepted", comparisonId + "/" + id, "match " + match
                + f.map(p -> ", field " + p.pattern()).orElse("") + ", owner " + owner
                + expires.map(e -> ", until " + e).orElse("") + ": " + reason);
        return new AcceptedDifference(id, m, f, reason.strip(), owner.strip(), expires);
    }

    /** Ends an acceptance: its differences count again. */
    public void revoke(String comparisonId, String acceptanceId, String actor) {
        AcceptedDifference a = entries(comparisonId).stream().filter(e -> e.id().equals(acceptanceId)).findFirst()
                .orElseThrow(() -> new WorkbenchException("Comparison '" + comparisonId
                        + "' has no accepted difference '" + acceptanceId + "'."));
        repository.addAcceptance(new StoredAcceptance(comparisonId, a.id(), a.match().pattern(),
                a.field().map(Pattern::pattern), a.reason(), a.owner(), a.expires(), true, actor, clock.instant()));
        audit.append(actor, "compare.revoked", comparisonId + "/" + acceptanceId, a.reason());
    }

    private static AcceptedDifference toAccepted(StoredAcceptance a) {
        return new AcceptedDifference(a.acceptanceId(), Pattern.compile(a.match()), a.field().map(Pattern::compile),
                a.reason(), a.owner(), a.expires());
    }

    private static Pattern compile(String regex, String what) {
        if (regex == null || regex.isEmpty()) {
            throw new WorkbenchException("An accepted difference needs a '" + what + "' pattern.");
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new WorkbenchException("The " + what + " pattern '" + regex + "' is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex() + ".");
        }
    }
}
