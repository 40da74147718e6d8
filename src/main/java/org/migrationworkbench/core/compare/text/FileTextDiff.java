package org.migrationworkbench.core.compare.text;

import java.util.List;

/** A {@link TextDiff} over two files, lines read on demand through {@link LineFile}s. */
final class FileTextDiff implements TextDiff {
    private final LineFile oldFile;
    private final LineFile newFile;
    private final List<Edit> edits;

    FileTextDiff(LineFile oldFile, LineFile newFile, List<Edit> edits) {
        this.oldFile = oldFile;
        this.newFile = newFile;
        this.edits = List.copyOf(edits);
    }

    @Override
    public int oldLineCount() {
        return oldFile.lineCount();
    }

    @Override
    public int newLineCount() {
        return newFile.lineCount();
    }

    @Override
    public List<Edit> edits() {
        return edits;
    }

    @Override
    public String oldLine(int index) {
        return oldFile.line(index);
    }

    @Override
    public String newLine(int index) {
        return newFile.line(index);
    }

    @Override
    public void close() {
        try {
            oldFile.close();
        } finally {
            newFile.close();
        }
    }
}
