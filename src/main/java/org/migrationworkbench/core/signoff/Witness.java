package org.migrationworkbench.core.signoff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.migrationworkbench.core.AtomicFiles;
import org.migrationworkbench.core.UserWorkspaceDir;
import org.migrationworkbench.core.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of the newest chain head this user saw, kept outside the workspace (under the user's data directory, or a
 * file given to {@code verify --witness}). Someone who rewrites or deletes the workspace's {@code .workbench} folder
 * cannot move it back, so a rolled-back or deleted ledger is noticed on every machine that saw it before.
 * Format: {@code <seq> <chain hash>} on the first line.
 */
public final class Witness {
    private static final Logger LOG = LoggerFactory.getLogger(Witness.class);
    private final Path file;

    public Witness(Path file) {
        this.file = file;
    }

    /** The witness the current user keeps for the workspace at {@code workspaceRoot}. */
    public static Witness local(Path workspaceRoot) {
        return new Witness(UserWorkspaceDir.of(workspaceRoot).resolve("signoffs.witness"));
    }

    public Path file() {
        return file;
    }

    /**
     * The head this witness names; empty when the file does not exist.
     *
     * @throws WorkbenchException when it cannot be read or is no head line, naming file, line and column
     */
    public Optional<ChainHead> read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new WorkbenchException("Could not read the sign-off witness " + file + ": " + e.getMessage(), e);
        }
        String first = text.lines().findFirst().orElse("").strip();
        return Optional.of(ChainHead.parse(first).orElseThrow(() -> new WorkbenchException(file + ":1:1: not a "
                + "sign-off chain head (expected '<seq> <sha-256 hex>', as in .workbench/signoffs.head or the head "
                + "printed by verify --json)")));
    }

    /**
     * Moves the witness forward to {@code head} when it is newer than what the witness names; never backwards.
     * Best effort: a witness that cannot be written is logged, the ledger itself is not affected.
     */
    void advance(ChainHead head) {
        try {
            Optional<ChainHead> seen = read();
            if (seen.isPresent() && seen.get().seq() >= head.seq()) {
                return;
            }
            write(head);
        } catch (IOException | WorkbenchException e) {
            LOG.warn("Could not update the sign-off witness {}: {}", file, e.getMessage());
        }
    }

    /** Forgets the witness, after a restore made an older ledger the workspace's on purpose. */
    public void reset(Optional<ChainHead> head) {
        try {
            if (head.isEmpty()) {
                Files.deleteIfExists(file);
            } else {
                write(head.get());
            }
        } catch (IOException e) {
            throw new WorkbenchException("Could not reset the sign-off witness " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(ChainHead head) throws IOException {
        AtomicFiles.writeDurably(file, (head.line() + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
