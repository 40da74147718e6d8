package org.migrationworkbench.core.signoff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.migrationworkbench.core.AtomicFiles;
import org.migrationworkbench.core.WorkbenchException;

/**
 * What {@code .workbench/signoffs.head} says: the newest record Migration Workbench committed, and the record it was
 * about to commit when it wrote the file last ({@code pending}).
 * <p>
 * An append writes the pending head <em>before</em> its database commit and the new head after it. A process killed
 * in between leaves both lines; the ledger then ends either at the head (the commit did not happen) or at the pending
 * record (it did), and neither is tampering. Format, one record per line: {@code <seq> <chain hash>}, then
 * optionally {@code pending <seq> <chain hash>}.
 *
 * @param head    the newest committed record; empty before the first sign-off
 * @param pending the record being appended when the file was written, if any
 */
public record HeadFile(Optional<ChainHead> head, Optional<ChainHead> pending) {
    /** A file naming {@code head} with nothing pending. */
    static HeadFile of(ChainHead head) {
        return new HeadFile(Optional.of(head), Optional.empty());
    }

    /** This file with {@code next} pending. */
    HeadFile pending(ChainHead next) {
        return new HeadFile(head, Optional.of(next));
    }

    /** Removes temp files a write cut off by a kill left beside {@code file}; only the writer holding the lock calls it. */
    static void removeLeftovers(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // nothing to clean, or the folder is unreadable: the write that follows reports it
        }
    }

    /** Replaces the file atomically and forces it to disk before returning. */
    void write(Path file) {
        StringBuilder text = new StringBuilder();
        head.ifPresent(h -> text.append(h.line()).append('\n'));
        pending.ifPresent(p -> text.append("pending ").append(p.line()).append('\n'));
        try {
            AtomicFiles.writeDurably(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WorkbenchException("Could not write the sign-off chain head " + file + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk is not full.", e);
        }
    }

    /**
     * The file's content; empty when there is no file.
     *
     * @throws WorkbenchException when the file cannot be read or is not a head file, naming the line and column
     */
    static Optional<HeadFile> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new WorkbenchException("Could not read the sign-off chain head " + file + ": " + e.getMessage(), e);
        }
        Optional<ChainHead> head = Optional.empty();
        Optional<ChainHead> pending = Optional.empty();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean isPending = line.startsWith("pending ");
            ChainHead parsed = parse(file, i + 1, isPending ? line.substring(8) : line);
            if (isPending ? pending.isPresent() : head.isPresent()) {
                throw bad(file, i + 1);
            }
            if (isPending) {
                pending = Optional.of(parsed);
            } else {
                head = Optional.of(parsed);
            }
        }
        if (head.isEmpty() && pending.isEmpty()) {
            throw bad(file, 1);
        }
        return Optional.of(new HeadFile(head, pending));
    }

    private static ChainHead parse(Path file, int line, String text) {
        return ChainHead.parse(text).orElseThrow(() -> bad(file, line));
    }

    private static WorkbenchException bad(Path file, int line) {
        return new WorkbenchException(file + ":" + line + ":1: not a sign-off chain head (expected '<seq> <sha-256 "
                + "hex>', optionally followed by 'pending <seq> <sha-256 hex>')");
    }
}
