package org.migrationworkbench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.DifferenceSink;

/** Streams every difference to a file, one JSON object per line. */
final class DifferenceFile implements DifferenceSink, AutoCloseable {
    /** Created on first use: plain runs never pay for starting Jackson databind. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    private final Path path;
    private final JsonGenerator out;

    private DifferenceFile(Path path, JsonGenerator out) {
        this.path = path;
        this.out = out;
    }

    /** A file sink, or null when no file was asked for. */
    static DifferenceFile open(Path path) {
        if (path == null) {
            return null;
        }
        try {
            JsonGenerator g = Mapper.INSTANCE.getFactory().createGenerator(path.toFile(),
                    com.fasterxml.jackson.core.JsonEncoding.UTF8);
            g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            return new DifferenceFile(path, g);
        } catch (IOException e) {
            throw new WorkbenchException(path + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void accept(Difference d) {
        try {
            Mapper.INSTANCE.writeValue(out, d);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot be written", e);
        }
    }

    @Override
    public void close() {
        try {
            out.writeRaw('\n');
            out.close();
        } catch (IOException e) {
            throw new WorkbenchException(path + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
