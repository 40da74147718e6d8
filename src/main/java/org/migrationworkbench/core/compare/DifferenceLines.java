package org.migrationworkbench.core.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Streams every difference of a comparison to a file as JSON Lines: one object per line, with the fields of a
 * result's samples ({@code kind}, {@code key}, {@code oldLine}, {@code newLine}, {@code fields}, {@code oldLines},
 * {@code newLines}). The one writer of "all differences", for the CLI's {@code --out} and the views' "Save all
 * differences…". Not thread-safe: one comparison writes to it.
 */
public final class DifferenceLines implements DifferenceSink, AutoCloseable {
    private final Path path;
    private final JsonGenerator out;
    private long lines;

    private DifferenceLines(Path path, JsonGenerator out) {
        this.path = path;
        this.out = out;
    }

    /** Creates (or replaces) {@code path}. */
    public static DifferenceLines open(Path path) {
        try {
            JsonGenerator g = PlainJson.generator(Files.newOutputStream(path));
            g.setRootValueSeparator(new SerializedString("\n"));
            return new DifferenceLines(path, g);
        } catch (IOException e) {
            throw failed(path, e);
        }
    }

    @Override
    public void accept(Difference d) {
        try {
            PlainJson.value(out, ResultJson.difference(d));
            lines++;
        } catch (IOException e) {
            throw failed(path, e);
        }
    }

    /** How many differences (lines) were written so far. */
    public long lines() {
        return lines;
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            if (lines > 0) {
                out.writeRaw('\n');
            }
            out.close();
        } catch (IOException e) {
            throw failed(path, e);
        }
    }

    private static WorkbenchException failed(Path path, IOException e) {
        return new WorkbenchException(path + ": cannot be written (" + e.getMessage() + ")", e);
    }
}
