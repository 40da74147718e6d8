package org.migrationworkbench.core.compare.csv;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.InputChangedException;

/** Reads single records back by byte offset, to compare or show the few rows that differ. Not thread-safe. */
final class RowReader implements AutoCloseable {
    /**
     * One record read back: its cells (quotes undone, bytes that are not UTF-8 as stand-ins so that they compare
     * as bytes, see {@link org.migrationworkbench.core.compare.Utf8Text}) and its text as in the file.
     */
    record Record(String[] cells, String text, long line) {
    }

    private final CsvHeader header;
    private final RowScanner scanner;
    private final FileChannel channel;
    private Record last;

    RowReader(CsvHeader header) {
        this.header = header;
        this.scanner = new RowScanner(header.file(), header.dialect().delimiter(), 4096);
        try {
            this.channel = FileChannel.open(header.file(), StandardOpenOption.READ);
        } catch (IOException e) {
            throw new WorkbenchException(header.file() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    Record read(long offset, long line) {
        last = null;
        try {
            scanner.scan(channel, offset, line, row -> {
                String[] cells = new String[row.cells];
                for (int i = 0; i < row.cells; i++) {
                    cells[i] = row.exactCell(i);
                }
                last = new Record(cells, row.text(), row.line);
                return false;
            }, n -> { }, () -> false);
        } catch (IOException e) {
            throw new WorkbenchException(header.file() + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (last == null) {
            throw new InputChangedException(header.file()); // the row that was indexed there is gone
        }
        return last;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new WorkbenchException(header.file() + ": cannot be closed (" + e.getMessage() + ")", e);
        }
    }
}
