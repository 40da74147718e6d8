package org.migrationworkbench.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Installed samples are refreshed only when the version changes, so it must change with the content. */
class SampleVersionTest {

    @Test
    void versionIsTheDigestOfTheBundledSample() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (BundledSample bundle = BundledSample.open(loader)) {
            digest(sha, bundle.workspace(), "sample/");
            digest(sha, bundle.target(), "sample-target/");
        }
        String expected = HexFormat.of().formatHex(sha.digest()).substring(0, 12);

        assertThat(BundledSample.version(loader))
                .as("the bundled sample changed: write %s into configs/sample.version", expected)
                .isEqualTo(expected);
    }

    /** Adds each file's relative path and content, line endings normalised so a Windows checkout agrees. */
    private static void digest(MessageDigest sha, Path folder, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = prefix + folder.relativize(file).toString().replace('\\', '/');
            String content = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            sha.update((name + "\0" + content + "\0").getBytes(StandardCharsets.UTF_8));
        }
    }
}
