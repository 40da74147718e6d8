package org.migrationworkbench.core.compare;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32C;
import org.migrationworkbench.core.WorkbenchException;

/**
 * A digest of what was compared: each file's size and CRC-32C of its content, and the options. Sign-offs bind
 * to it; a changed input or option gives another digest.
 */
public final class InputDigest {
    private InputDigest() {
    }

    public static String of(Path oldFile, Path newFile, CompareOptions options) {
        return of(fileFingerprint(oldFile), fileFingerprint(newFile), options);
    }

    /** The digest from fingerprints a comparator computed while reading ({@link #fingerprint(long, CRC32C)}). */
    public static String of(String oldFingerprint, String newFingerprint, CompareOptions options) {
        MessageDigest sha = sha256();
        update(sha, "options:" + describe(options));
        update(sha, "old:" + oldFingerprint);
        update(sha, "new:" + newFingerprint);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A file's fingerprint from its size and the CRC-32C of all its bytes, as {@link #fileFingerprint}. */
    public static String fingerprint(long size, CRC32C crc) {
        return size + ":" + Long.toHexString(crc.getValue());
    }

    /** The size of the bytes a fingerprint ({@link #fingerprint(long, CRC32C)}) was taken of. */
    static long size(String fingerprint) {
        return Long.parseLong(fingerprint.substring(0, fingerprint.indexOf(':')));
    }

    /** Size and CRC-32C of a file's content, as text. */
    public static String fileFingerprint(Path file) {
        CRC32C crc = new CRC32C();
        long size = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
            int n;
            while ((n = ch.read(buf)) >= 0) {
                buf.flip();
                crc.update(buf);
                buf.clear();
                size += n;
            }
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return fingerprint(size, crc);
    }

    static String describe(CompareOptions o) {
        return o.format().id() + "|keys=" + o.keys() + "|ignore=" + o.ignore() + "|tol=" + o.tolerance()
                + "|fields=" + new java.util.TreeMap<>(o.fieldTolerances()) + "|arrays="
                + new java.util.TreeMap<>(o.arrayKeys()) + "|text=" + o.text().ignoreWhitespace() + ","
                + o.text().ignoreCase() + "," + o.text().ignoreBlankLines() + ","
                + o.text().normalizers().stream().map(n -> n.pattern().pattern() + "->" + n.replacement()).toList();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
