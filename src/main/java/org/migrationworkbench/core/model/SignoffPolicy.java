package org.migrationworkbench.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who may sign gates of this workspace.
 *
 * @param roles      the roles that may sign
 * @param separation true when one person may not approve two roles of the same gate
 * @param required   for roles that need more than one approval: how many different people must approve;
 *                   every other role needs one
 * @param separateCompletion true when a person who marked a checklist item of a gate done may not approve that gate
 */
public record SignoffPolicy(List<String> roles, boolean separation, Map<String, Integer> required,
                            boolean separateCompletion, Map<String, List<String>> signers) {
    public static final SignoffPolicy NONE = new SignoffPolicy(List.of());

    public SignoffPolicy {
        roles = List.copyOf(roles);
        required = Map.copyOf(required);
        signers = signers.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** A policy without allowed signers: any key may sign, and unsigned records are accepted. */
    public SignoffPolicy(List<String> roles, boolean separation, Map<String, Integer> required,
                         boolean separateCompletion) {
        this(roles, separation, required, separateCompletion, Map.of());
    }

    /**
     * The public keys ({@code ed25519:...}) allowed to sign for {@code role}; empty when the workspace lists none for
     * it, and then any key (or none) may.
     */
    public List<String> signersOf(String role) {
        return signers.getOrDefault(role, List.of());
    }

    /** The roles, with separation of duties and one approval per role. */
    public SignoffPolicy(List<String> roles) {
        this(roles, true, Map.of());
    }

    /** A policy that lets whoever completed checklist items approve the gate. */
    public SignoffPolicy(List<String> roles, boolean separation, Map<String, Integer> required) {
        this(roles, separation, required, false);
    }

    /** How many different people must approve {@code role} at a gate. */
    public int approvalsNeeded(String role) {
        Objects.requireNonNull(role, "role");
        return required.getOrDefault(role, 1);
    }
}
