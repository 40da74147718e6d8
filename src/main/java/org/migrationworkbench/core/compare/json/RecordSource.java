package org.migrationworkbench.core.compare.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.InputChangedException;

/** Reads single records of one file back by byte offset (positional reads: safe from several threads). */
final class RecordSource implements AutoCloseable {
    /** Record text in differences is cut after this many characters. */
    static final int TEXT_LIMIT = 2048;
    private static final int TEXT_READ_LIMIT = 1 << 20;

    private final Path file;
    private final FileChannel channel;

    RecordSource(Path file) {
        this.file = file;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw JsonInput.error(file, e);
        }
    }

    byte[] bytes(long offset, int length) {
        byte[] b = new byte[length];
        ByteBuffer buf = ByteBuffer.wrap(b);
        try {
            while (buf.hasRemaining()) {
                if (channel.read(buf, offset + buf.position()) < 0) {
                    throw new InputChangedException(file); // it was longer when its records were indexed
                }
            }
        } catch (IOException e) {
            throw JsonInput.error(file, e);
        }
        return b;
    }

    /** The record as a {@link RecordTree}. */
    Object tree(long offset, int length) {
        try {
            return RecordTree.read(bytes(offset, length));
        } catch (IOException e) {
            throw JsonInput.error(file, e);
        }
    }

    /** The record as compact JSON, cut after {@link #TEXT_LIMIT} characters (ending with "…"). */
    String compactText(long offset, int length) {
        byte[] b = bytes(offset, Math.min(length, TEXT_READ_LIMIT));
        StringWriter out = new StringWriter();
        try (JsonParser p = JsonInput.FACTORY.createParser(b); JsonGenerator g = JsonInput.FACTORY.createGenerator(out)) {
            while (p.nextToken() != null) {
                g.copyCurrentEvent(p);
                g.flush();
                if (out.getBuffer().length() > TEXT_LIMIT) {
                    return out.getBuffer().substring(0, TEXT_LIMIT) + "…";
                }
            }
        } catch (IOException e) {
            if (length > TEXT_READ_LIMIT) {
                return out.getBuffer() + "…";
            }
            throw JsonInput.error(file, e);
        }
        return out.toString();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be closed (" + e.getMessage() + ")", e);
        }
    }
}
