package org.migrationworkbench.core.compare.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.OutputFormat;

/**
 * The first record of a CSV file, its column names, and where the data rows start. An empty file has no
 * columns and no rows.
 *
 * @param dataOffset byte offset of the first data row
 * @param dataLine   line of the first data row (from 1)
 */
record CsvHeader(Path file, CsvDialect dialect, List<String> names, long dataOffset, long dataLine) {
    private static final int HEAD = 64 * 1024;

    CsvHeader {
        names = List.copyOf(names);
    }

    static CsvHeader read(Path file, OutputFormat format) {
        byte[] head = head(file);
        CsvDialect dialect = CsvDialect.detect(head, head.length, format);
        List<String> names = new ArrayList<>();
        long[] next = {dialect.start(), 1};
        new RowScanner(file, dialect.delimiter(), HEAD).scan(dialect.start(), 1, row -> {
            for (int i = 0; i < row.cells; i++) {
                names.add(row.cell(i));
            }
            next[0] = row.offset + (row.end - row.start);
            next[1] = row.line + lines(row);
            return false;
        }, n -> { }, () -> false);
        return new CsvHeader(file, dialect, names, next[0], next[1]);
    }

    private static long lines(Row row) {
        long n = 0;
        for (int i = row.start; i < row.end; i++) {
            n += row.buf[i] == '\n' ? 1 : 0;
        }
        return Math.max(n, 1);
    }

    int indexOf(String name) {
        return names.indexOf(name);
    }

    /** Where the header is, for messages: {@code file:line}. */
    String where() {
        return file + ":1";
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
