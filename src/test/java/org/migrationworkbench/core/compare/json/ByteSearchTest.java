package org.migrationworkbench.core.compare.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteSearchTest {
    private static int stringStopOneByOne(byte[] b, int i, int limit) {
        for (int k = i; k < limit; k++) {
            if (b[k] == '"' || b[k] == '\\' || b[k] < 0x20) {
                return k;
            }
        }
        return limit;
    }

    private static int spacesOneByOne(byte[] b, int i, int limit) {
        int k = i;
        while (k < limit && b[k] == ' ') {
            k++;
        }
        return k;
    }

    @Test
    void eightAtATimeFindsWhatAByteByByteSearchFinds() {
        Random random = new Random(7);
        byte[] alphabet = {'a', ' ', ' ', ' ', '"', '\\', '\n', 0x1F, 0x20, 0x21, 0x7F, (byte) 0x80, (byte) 0xC3,
            (byte) 0xFF, 0x00, '!', '#', '[', ']'};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[1 + random.nextInt(40)];
            for (int k = 0; k < b.length; k++) {
                b[k] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) 'x';
                if (random.nextInt(2) == 0 && round % 2 == 0) {
                    b[k] = ' ';
                }
            }
            int from = random.nextInt(b.length);
            int limit = from + random.nextInt(b.length - from + 1);

            assertThat(ByteSearch.stringStop(b, from, limit)).isEqualTo(stringStopOneByOne(b, from, limit));
            assertThat(ByteSearch.spaces(b, from, limit)).isEqualTo(spacesOneByOne(b, from, limit));
        }
    }
}
