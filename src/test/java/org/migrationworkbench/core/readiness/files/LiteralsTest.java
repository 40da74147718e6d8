package org.migrationworkbench.core.readiness.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.readiness.Evidence;

class LiteralsTest {
    @TempDir
    Path temp;

    @Test
    void preChecksOnlyPatternsWhoseEveryAlternativeStartsWithText() {
        assertThat(Literals.of(Pattern.compile("import app\\.sandbox|TODO|FIXME"))).isPresent();
        assertThat(Literals.of(Pattern.compile("^legacy_\\w+"))).isPresent();
        assertThat(Literals.of(Pattern.compile("a|.*b"))).isEmpty();
        assertThat(Literals.of(Pattern.compile("(TODO|FIXME)"))).isEmpty();
        assertThat(Literals.of(Pattern.compile("todo", Pattern.CASE_INSENSITIVE))).isEmpty();
        assertThat(Literals.of(Pattern.compile("x?y"))).isEmpty();
        assertThat(Literals.of(Pattern.compile("print\\(")).orElseThrow().utf8().orElseThrow()[0])
                .isEqualTo("print(".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Literals.of(Pattern.compile("a\\[0\\]|b"))).isPresent();
        assertThat(Literals.of(Pattern.compile("x\\\\(y|z)"))).as("a real group after an escaped backslash")
                .isEmpty();
    }

    @Test
    void preCheckedScanFindsMatchesPastTheFirstBufferWithTheirLineNumbers() {
        String filler = "nothing to see on this line, just filler text\n".repeat(5000);
        Fixture f = new Fixture(temp).write("big.txt", filler + "a FIXME here\n" + filler + "colour?\n" + "TODO");

        var scan = PatternScan.scan(f.repo, List.of("big.txt"), Pattern.compile("FIXME|TODO|colou?r"), Progress.NONE);

        assertThat(scan.evidence()).containsExactly(Evidence.at("big.txt", 5001, "a FIXME here"),
                Evidence.at("big.txt", 10002, "colour?"), Evidence.at("big.txt", 10003, "TODO"));
    }
}
