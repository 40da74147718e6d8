package org.migrationworkbench.core.guide;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Reads a guide file as text: at most {@link #MAX_BYTES}, no NUL bytes, UTF-8 with or without a byte-order mark
 * (UTF-16 with one). Bytes that are not UTF-8 do not fail the import: the file is then read as Windows-1252
 * with a warning, and the UTF-8 sequences it does contain are repaired later like any double-encoded text.
 */
final class GuideFile {
    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final int[] CP1252 = Mojibake.cp1252Bytes();

    private GuideFile() {
    }

    /** The decoded text and, when it was not UTF-8, a warning saying so. */
    record Decoded(String text, Optional<GuideWarning> warning) {
    }

    static Decoded read(Path file) {
        if (Files.isDirectory(file)) {
            throw new WorkbenchException("Cannot import guide " + file + ": it is a folder, not a Markdown file.");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(file, size);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(file, bytes.length);
            }
            return decode(bytes, file.toString());
        } catch (NoSuchFileException e) {
            throw new WorkbenchException("Cannot import guide " + file + ": the file does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new WorkbenchException("Cannot import guide " + file + ": permission denied.", e);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot read guide " + file + ": " + e.getMessage(), e);
        }
    }

    static Decoded decode(byte[] bytes, String name) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            String text = new String(bytes, StandardCharsets.UTF_16);
            if (text.indexOf('\0') >= 0) {
                throw binary(name);
            }
            return new Decoded(text, Optional.empty());
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw binary(name);
            }
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) {
            utf8.flush(out);
            return new Decoded(out.flip().toString(), Optional.empty());
        }
        int line = lineAt(bytes, start, in.position());
        return new Decoded(windows1252(bytes, start), Optional.of(new GuideWarning(line, "the file is not valid "
                + "UTF-8 (first bad byte on line " + line + "); read it as Windows-1252: check its special "
                + "characters, or save it as UTF-8")));
    }

    private static String windows1252(byte[] bytes, int start) {
        StringBuilder text = new StringBuilder(bytes.length - start);
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            text.append((char) (b >= 0x80 && b < 0xA0 ? CP1252[b - 0x80] : b));
        }
        return text.toString();
    }

    private static int lineAt(byte[] bytes, int start, int position) {
        int line = 1;
        for (int i = start; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static WorkbenchException tooLarge(Path file, long size) {
        return new WorkbenchException(String.format(Locale.ROOT, "Cannot import guide %s: it is %,d bytes; a guide "
                + "may be at most %d MiB. Split it into smaller guides.", file, size, MAX_BYTES / (1024 * 1024)));
    }

    private static WorkbenchException binary(String name) {
        return new WorkbenchException("Cannot import guide " + name + ": it is a binary file (it contains NUL bytes), "
                + "not Markdown text.");
    }
}
