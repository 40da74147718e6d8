package org.migrationworkbench.core.compare.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32C;
import org.migrationworkbench.core.compare.InputDigest;

/** Passes a file's bytes through while computing its fingerprint, so the input digest needs no second read. */
final class FingerprintStream extends FilterInputStream {
    private final CRC32C crc = new CRC32C();
    private long size;
    private boolean ended;

    FingerprintStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            crc.update(b);
            size++;
        } else {
            ended = true;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            crc.update(b, off, n);
            size += n;
        } else if (n < 0) {
            ended = true;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)]);
    }

    /** Reads what is left and returns the fingerprint of all the bytes ({@link InputDigest#fingerprint}). */
    String fingerprint() throws IOException {
        byte[] rest = new byte[1 << 16];
        while (!ended) {
            read(rest, 0, rest.length);
        }
        return InputDigest.fingerprint(size, crc);
    }
}
