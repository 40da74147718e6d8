package org.migrationworkbench.core.signoff;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of the ledger named by its position and chain hash, as the head file, a witness or a verification
 * names the newest record. The head file itself is {@link HeadFile}.
 */
public record ChainHead(long seq, String chainHash) {
    public ChainHead {
        Objects.requireNonNull(chainHash, "chainHash");
    }

    /** The head file of the workspace at {@code workspaceRoot}. */
    public static Path file(Path workspaceRoot) {
        return workspaceRoot.resolve(".workbench").resolve("signoffs.head");
    }

    /** The head as one line of a head or witness file: {@code <seq> <chain hash>}. */
    String line() {
        return seq + " " + chainHash;
    }

    /** The head a {@code <seq> <sha-256 hex>} line names; empty when {@code text} is no such line. */
    static Optional<ChainHead> parse(String text) {
        String[] parts = text.split(" ");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return Optional.of(new ChainHead(Long.parseLong(parts[0]), parts[1]));
    }

    /** The first characters of the chain hash, for people; never fails, even on a malformed hash. */
    public String shortHash() {
        return chainHash.length() <= 12 ? chainHash : chainHash.substring(0, 12);
    }

    /** True when {@code record} is the record this head names. */
    boolean names(SignoffRecord record) {
        return record.seq() == seq && record.chainHash().equals(chainHash);
    }
}
