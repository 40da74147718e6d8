package org.migrationworkbench.core.compare.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvNumberTest {
    @Test
    void equalValuesHashEqualHoweverTheyAreWritten() {
        assertThat(hash("1")).isEqualTo(hash("1.0")).isEqualTo(hash("1.000")).isEqualTo(hash("0.1e1"));
        assertThat(hash("1000")).isEqualTo(hash("1e3")).isEqualTo(hash("1E+3")).isEqualTo(hash("10.0e2"));
        assertThat(hash("0.0012")).isEqualTo(hash("12e-4"));
        assertThat(hash("0")).isEqualTo(hash("-0")).isEqualTo(hash("0.00")).isEqualTo(hash("0e7"));
    }

    @Test
    void differentValuesHashDifferently() {
        assertThat(hash("1")).isNotEqualTo(hash("10")).isNotEqualTo(hash("-1")).isNotEqualTo(hash("0.1"));
        assertThat(hash("101")).isNotEqualTo(hash("11"));
        assertThat(hash("1.05")).isNotEqualTo(hash("1.5"));
    }

    @Test
    void onlyJsonNumbersAreNumbers() {
        for (String text : new String[] {"007", "+1", ".5", "1.", "1e", "NaN", " 1", "1 ", "1-2", "2024-01-02", "1.2.3",
                "-", ""}) {
            assertThat(hash(text)).as(text).isZero();
        }
        assertThat(CsvNumber.parse("007")).isEmpty();
        assertThat(CsvNumber.parse("-1.5e2")).hasValueSatisfying(v -> assertThat(v.doubleValue()).isEqualTo(-150));
    }

    private static long hash(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return CsvNumber.valueHash(b, 0, b.length);
    }
}
