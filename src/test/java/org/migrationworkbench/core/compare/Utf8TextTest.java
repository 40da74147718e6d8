package org.migrationworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
    private static String decode(byte... b) {
        return Utf8Text.decode(b, 0, b.length);
    }

    @Test
    void wellFormedTextDecodesAsUsualWithSupplementaryCharacters() {
        byte[] b = "é€𝄞\uFFFD".getBytes(StandardCharsets.UTF_8);

        assertThat(decode(b)).isEqualTo("é€𝄞\uFFFD");
        assertThat(Utf8Text.hasStandIns(decode(b))).isFalse();
        assertThat(Utf8Text.exactBytes(decode(b))).isEqualTo(b);
    }

    @Test
    void differentMalformedBytesDecodeToDifferentTextShownAlike() {
        List<byte[]> inputs = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE},
                new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, new byte[] {(byte) 0xC3, '('},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9D});
        Set<String> texts = new HashSet<>();
        Set<List<Byte>> exact = new HashSet<>();
        for (byte[] b : inputs) {
            String s = decode(b);
            texts.add(s);
            exact.add(boxed(Utf8Text.exactBytes(s)));
        }

        assertThat(texts).hasSize(inputs.size());
        assertThat(exact).hasSize(inputs.size());
        assertThat(Utf8Text.shown(decode((byte) 0xFF))).isEqualTo("\uFFFD");
        assertThat(Utf8Text.shown(decode((byte) 0xC3, (byte) '('))).isEqualTo("\uFFFD(");
    }

    @Test
    void standInAfterASupplementaryCharacterIsStillOne() {
        byte[] b = {(byte) 0xF0, (byte) 0x9D, (byte) 0x84, (byte) 0x9E, (byte) 0x80};

        assertThat(Utf8Text.shown(decode(b))).isEqualTo("𝄞\uFFFD");
    }

    private static List<Byte> boxed(byte[] b) {
        Byte[] out = new Byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i];
        }
        return List.of(out);
    }
}
