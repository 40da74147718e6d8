package org.migrationworkbench.core.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.migrationworkbench.core.signoff.SigningKey;

/**
 * {@code signoff.signers: {ROLE: ["ed25519:<base64> Alice <alice@example.org>", ...]}}: the public keys allowed to
 * sign for each role, like git's {@code allowed_signers}. The key is the first word of an entry; the rest names
 * whose key it is, for people reading the file.
 */
final class SignerKeys {
    private SignerKeys() {
    }

    static Map<String, List<String>> read(Map<String, List<String>> signers, Set<String> roles, LoadContext ctx) {
        Map<String, List<String>> out = new HashMap<>();
        if (signers == null) {
            return out;
        }
        signers.forEach((role, entries) -> {
            String at = SourceMap.child("/signoff/signers", role);
            if (!roles.contains(role)) {
                ctx.problems.error(at, "role '" + role + "' is not declared in signoff.roles");
                return;
            }
            List<String> keys = new ArrayList<>();
            List<String> list = entries == null ? List.of() : entries;
            for (int i = 0; i < list.size(); i++) {
                String entry = list.get(i) == null ? "" : list.get(i).strip();
                String key = entry.split("\\s+", 2)[0];
                if (!SigningKey.isPublicKey(key)) {
                    ctx.problems.error(SourceMap.child(at, i), "not a sign-off public key: expected 'ed25519:' "
                            + "and 32 bytes in base64 (as printed by the signoff command), then optionally a name");
                } else {
                    keys.add(key);
                }
            }
            if (list.isEmpty()) {
                ctx.problems.error(at, "no keys listed for role '" + role + "'; remove the role or list its keys");
            }
            out.put(role, keys);
        });
        return out;
    }
}
