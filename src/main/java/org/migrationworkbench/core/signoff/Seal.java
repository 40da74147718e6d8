package org.migrationworkbench.core.signoff;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A signer's signature on one ledger record: Ed25519 over {@link #message(long, String)}, which names the record's
 * position and chain hash (the chain hash covers the content and the record before it).
 *
 * @param publicKey the signer's public key as {@code ed25519:<base64 of the 32 key bytes>}
 * @param signature base64 of the 64 signature bytes
 */
public record Seal(String publicKey, String signature) {
    public Seal {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signature, "signature");
    }

    /** The bytes that are signed for the record at {@code seq} with {@code chainHash}. */
    static byte[] message(long seq, String chainHash) {
        return ("migration-workbench signoff v1\n" + seq + "\n" + chainHash).getBytes(StandardCharsets.US_ASCII);
    }

    /** True when the signature is {@link #publicKey}'s over the record at {@code seq} with {@code chainHash}. */
    public boolean verifies(long seq, String chainHash) {
        return SigningKey.verify(publicKey, message(seq, chainHash), signature);
    }
}
