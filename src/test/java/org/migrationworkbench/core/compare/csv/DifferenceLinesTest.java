package org.migrationworkbench.core.compare.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DifferenceLinesTest {
    @ParameterizedTest
    @ValueSource(strings = {"one", "", "a\nb", "a\r\nb\nc", "a\r\n", "\r\n", "x\ry\n\"q\r\nz\"", "\n\n"})
    void recordTextSplitsIntoLinesAsTheRegexDid(String text) {
        assertThat(DifferenceWriter.lines(text)).containsExactly(text.split("\r?\n", -1));
    }
}
