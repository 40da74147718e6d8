package org.migrationworkbench.core.compare.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time search for the end of a cell agrees with a byte-by-byte one. */
class RowScannerStopTest {
    private static int naive(byte[] b, int p, int limit, byte d) {
        while (p < limit && b[p] != d && b[p] != '\n') {
            p++;
        }
        return p;
    }

    @Test
    void findsTheFirstDelimiterOrNewlineLikeAByteLoop() {
        Random random = new Random(42);
        byte[] alphabet = {'a', ',', '\n', ';', '\t', (byte) 0xc3, (byte) 0xa9, (byte) 0x80, (byte) 0xff, 0, '"', '\r'};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            int density = 1 + random.nextInt(20);
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(density) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) ('a' + i % 26);
            }
            int p = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int limit = p + random.nextInt(b.length - p + 1);
            byte d = new byte[] {',', ';', '\t', '|'}[random.nextInt(4)];
            assertThat(RowScanner.nextStop(b, p, limit, d)).as("round %d", round).isEqualTo(naive(b, p, limit, d));
        }
    }
}
