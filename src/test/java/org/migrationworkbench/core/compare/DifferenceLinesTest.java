package org.migrationworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DifferenceLinesTest {
    @TempDir
    Path temp;

    @Test
    void everyDifferenceIsOneJsonObjectOnItsOwnLine() throws Exception {
        Path file = temp.resolve("d.jsonl");
        try (DifferenceLines lines = DifferenceLines.open(file)) {
            lines.accept(Difference.record(Difference.Kind.CHANGED, "A|1", 2, 3,
                    List.of(new FieldChange("$.x", "1", "2"))));
            lines.accept(new Difference(Difference.Kind.ADDED, "4a5", 4, 5, List.of(), List.of(), List.of("z\"q")));
            assertThat(lines.lines()).isEqualTo(2);
        }

        assertThat(Files.readAllLines(file)).containsExactly(
                "{\"kind\":\"CHANGED\",\"key\":\"A|1\",\"oldLine\":2,\"newLine\":3,\"fields\":[{\"path\":\"$.x\","
                        + "\"oldValue\":\"1\",\"newValue\":\"2\"}],\"oldLines\":[],\"newLines\":[]}",
                "{\"kind\":\"ADDED\",\"key\":\"4a5\",\"oldLine\":4,\"newLine\":5,\"fields\":[],\"oldLines\":[],"
                        + "\"newLines\":[\"z\\\"q\"]}");
    }

    @Test
    void noDifferencesLeaveAnEmptyFile() throws Exception {
        Path file = temp.resolve("none.jsonl");
        DifferenceLines.open(file).close();

        assertThat(Files.size(file)).isZero();
    }
}
