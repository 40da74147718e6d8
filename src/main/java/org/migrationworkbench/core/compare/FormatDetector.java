package org.migrationworkbench.core.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.OutputFormat;

/** Detects how a file is compared: from its extension, checked against its first bytes (binary wins). */
public final class FormatDetector {
    static final int SNIFF = 64 * 1024;

    private FormatDetector() {
    }

    /** The format to compare a pair in: the declared one unless AUTO; binary when either side is binary. */
    public static OutputFormat resolve(OutputFormat declared, Path oldFile, Path newFile) {
        if (isBinary(oldFile) || isBinary(newFile)) {
            return null;
        }
        if (declared != OutputFormat.AUTO) {
            return declared;
        }
        OutputFormat a = detect(oldFile);
        OutputFormat b = detect(newFile);
        return a == b ? a : OutputFormat.TEXT;
    }

    /** The format of one text file. */
    public static OutputFormat detect(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return OutputFormat.JSONL;
        }
        if (name.endsWith(".json")) {
            return OutputFormat.JSON;
        }
        if (name.endsWith(".csv")) {
            return OutputFormat.CSV;
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return OutputFormat.TSV;
        }
        if (name.endsWith(".txt") || name.endsWith(".log") || name.endsWith(".md")) {
            return OutputFormat.TEXT;
        }
        return sniff(head(file));
    }

    static OutputFormat sniff(String head) {
        String t = head.stripLeading();
        if (t.startsWith("[")) {
            return OutputFormat.JSON;
        }
        if (t.startsWith("{")) {
            String[] lines = t.split("\r?\n", 3);
            boolean oneObjectPerLine = lines.length > 1 && lines[0].strip().endsWith("}")
                    && lines[1].strip().startsWith("{");
            return oneObjectPerLine ? OutputFormat.JSONL : OutputFormat.JSON;
        }
        String[] all = head.split("\r?\n");
        // the last line of a cut sample may be partial
        String[] lines = head.length() >= SNIFF && all.length > 2 ? java.util.Arrays.copyOf(all, all.length - 1) : all;
        if (lines.length >= 2 && sameCount(lines, '\t')) {
            return OutputFormat.TSV;
        }
        if (lines.length >= 2 && (sameCount(lines, ',') || sameCount(lines, ';'))) {
            return OutputFormat.CSV;
        }
        return OutputFormat.TEXT;
    }

    private static boolean sameCount(String[] lines, char c) {
        int n = Math.min(lines.length, 20);
        long first = lines[0].chars().filter(ch -> ch == c).count();
        if (first == 0) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (lines[i].chars().filter(ch -> ch == c).count() != first) {
                return false;
            }
        }
        return true;
    }

    /** True when the file's first bytes hold a NUL, or more than a tenth of them are control characters. */
    public static boolean isBinary(Path file) {
        byte[] bytes = headBytes(file);
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 10 > bytes.length;
    }

    private static String head(Path file) {
        return new String(headBytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] headBytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
