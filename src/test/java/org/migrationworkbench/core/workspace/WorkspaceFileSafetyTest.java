package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.migrationworkbench.core.workspace.Fixtures.at;
import static org.migrationworkbench.core.workspace.Fixtures.errorsLoading;
import static org.migrationworkbench.core.workspace.Fixtures.errorsOf;
import static org.migrationworkbench.core.workspace.Fixtures.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;

/** How workbench.yaml is read: hostile or broken files are refused with a location, odd encodings are not. */
class WorkspaceFileSafetyTest {
    private static final String MINIMAL = """
            name: Minimal
            target: .
            phases:
              - id: p1
                title: Only phase
            """;

    @TempDir
    Path dir;

    @Test
    void reportsSyntaxErrorWhereTheParserFoundIt() {
        assertThat(errorsOf("syntax-error")).singleElement()
                .satisfies(at(5, 16, "", "YAML syntax error: mapping values are not allowed here"));
    }

    @Test
    void reportsDuplicateKeyAtTheSecondKey() {
        assertThat(errorsOf("duplicate-key")).singleElement()
                .satisfies(at(6, 5, "", "duplicate key 'title'"));
    }

    @Test
    void reportsDuplicateKeyOfAFlowMappingAtTheSecondKey() {
        Fixtures.writeManifest(dir, MINIMAL + "    gates: {rules: [a], rules: [b]}\n");

        assertThat(errorsLoading(dir)).singleElement()
                .satisfies(at(6, 25, "", "duplicate key 'rules'"));
    }

    @Test
    void rejectsAliasBombAtFirstAlias() {
        Path bomb = fixture("alias-bomb");

        // a behaviour guard, not a benchmark: expanding the aliases would take minutes and gigabytes
        List<Problem> errors = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> errorsLoading(bomb));

        assertThat(errors).singleElement()
                .satisfies(at(4, 8, "b[0]", "YAML aliases (*a) are not supported in workspace files"));
    }

    @Test
    void rejectsCustomTagBeforeConstructingAnything() {
        assertThat(errorsOf("custom-tag")).singleElement()
                .satisfies(at(4, 9, "phases", "YAML tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager' "
                        + "is not allowed"));
    }

    @Test
    void rejectsLocalTag() {
        Fixtures.writeManifest(dir, "name: !shell ls\n" + MINIMAL.substring(MINIMAL.indexOf('\n') + 1));

        assertThat(errorsLoading(dir)).singleElement()
                .satisfies(at(1, 7, "name", "YAML tag 'shell' is not allowed"));
    }

    @Test
    void acceptsStandardTags() {
        Fixtures.writeManifest(dir, MINIMAL.replace("name: Minimal", "name: !!str 2025"));

        assertThat(new WorkspaceLoader().load(dir).workspace().name()).isEqualTo("2025");
    }

    @Test
    void rejectsBinaryFileAsNotUtf8() throws IOException {
        byte[] pngHeader = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        Files.write(dir.resolve("workbench.yaml"), pngHeader);

        assertThat(errorsLoading(dir)).singleElement()
                .satisfies(at(1, 1, "", "not UTF-8 text (is this a binary file?)"));
    }

    @Test
    void rejectsLatin1TextAsNotUtf8() throws IOException {
        Files.write(dir.resolve("workbench.yaml"), MINIMAL.replace("Minimal", "Caf\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(errorsLoading(dir)).singleElement().satisfies(at(1, 1, "", "not UTF-8 text"));
    }

    @Test
    void rejectsFileOverEightMiBWithoutParsingIt() throws IOException {
        byte[] content = new byte[(int) SafeYaml.MAX_BYTES + 1];
        Arrays.fill(content, (byte) '#');
        Files.write(dir.resolve("workbench.yaml"), content);

        List<Problem> errors = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> errorsLoading(dir));

        assertThat(errors).singleElement()
                .satisfies(at(1, 1, "", "file is 8,388,609 bytes; workspace files may be at most 8 MiB "
                        + "(8,388,608 bytes)"));
    }

    @Test
    void acceptsUtf8ByteOrderMark() throws IOException {
        Files.write(dir.resolve("workbench.yaml"), ("\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_8));

        assertThat(new WorkspaceLoader().load(dir).workspace().name()).isEqualTo("Minimal");
    }

    @Test
    void byteOrderMarkDoesNotShiftColumns() throws IOException {
        Files.write(dir.resolve("workbench.yaml"), ("\uFEFF" + MINIMAL.replace("name:", "nmae:"))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(errorsLoading(dir)).first().satisfies(at(1, 1, "nmae", "unknown field 'nmae'"));
    }

    @Test
    void acceptsCrlfLineEndings() throws IOException {
        Files.writeString(dir.resolve("workbench.yaml"), MINIMAL.replace("\n", "\r\n"));

        assertThat(new WorkspaceLoader().load(dir).workspace().phases()).hasSize(1);
    }

    @Test
    void countsCrlfLinesOnceEach() throws IOException {
        Files.writeString(dir.resolve("workbench.yaml"), (MINIMAL + "    risk: extreme\n").replace("\n", "\r\n"));

        assertThat(errorsLoading(dir)).singleElement()
                .satisfies(at(6, 11, "phases[0].risk", "unknown risk 'extreme'"));
    }

    @Test
    void rejectsEmptyFile() {
        assertThat(errorsOf("empty")).singleElement()
                .satisfies(at(1, 1, "", "the file is empty"));
    }

    @Test
    void rejectsFileWithOnlyComments() {
        Fixtures.writeManifest(dir, "# to do: describe the migration\n");

        assertThat(errorsLoading(dir)).singleElement().satisfies(at(1, 1, "", "the file is empty"));
    }

    @Test
    void rejectsDocumentThatIsNotAMapping() {
        Fixtures.writeManifest(dir, "- name: In a list\n");

        assertThat(errorsLoading(dir)).singleElement()
                .satisfies(at(1, 1, "", "expected a mapping of fields, found a list"));
    }

    @Test
    void rejectsNestingDeeperThanTheLimit() {
        Fixtures.writeManifest(dir, "name: " + "[".repeat(100) + "]".repeat(100) + "\n");

        assertThat(errorsLoading(dir)).singleElement()
                .satisfies(at(1, 1, "", "document too large or too deeply nested"));
    }

    @Test
    void rejectsFolderWithoutManifest() {
        assertThat(errorsLoading(dir)).singleElement()
                .satisfies(at(1, 1, "", "no workbench.yaml here"));
    }

    @Test
    void rejectsPathThatIsNotAFolder() {
        assertThatThrownBy(() -> new WorkspaceLoader().load(dir.resolve("missing")))
                .isInstanceOf(WorkbenchException.class)
                .isNotInstanceOf(WorkspaceInvalidException.class)
                .hasMessageContaining("it is not a folder");
    }
}
