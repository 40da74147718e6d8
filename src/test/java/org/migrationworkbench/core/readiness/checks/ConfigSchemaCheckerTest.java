package org.migrationworkbench.core.readiness.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleStatus;

class ConfigSchemaCheckerTest {
    private static final Path SAMPLE_CONFIG =
            Path.of("configs/sample-target/overlays/03-unified-pipeline/config/pipeline.yaml");
    private static final Map<String, Object> SAMPLE_SCHEMA = Map.of(
            "type", "object",
            "required", List.of("pipeline", "input", "output", "scoring"),
            "properties", Map.of(
                    "scoring", Map.of("type", "object", "required", List.of("model_version", "recency_decay",
                            "weights")),
                    "batch_size", Map.of("type", "integer", "minimum", 1)));
    private static final Map<String, Object> PIPELINE_SCHEMA = Map.of(
            "type", "object",
            "required", List.of("pipeline"),
            "properties", Map.of("pipeline", Map.of(
                    "type", "object",
                    "required", List.of("name"),
                    "additionalProperties", false,
                    "properties", Map.of(
                            "name", Map.of("type", "string"),
                            "workers", Map.of("type", "integer", "minimum", 1, "maximum", 64, "default", 4),
                            "mode", Map.of("enum", List.of("batch", "stream")),
                            "tags", Map.of("type", "array", "items", Map.of("type", "string")),
                            "password", Map.of("type", "integer"),
                            "retries", Map.of("type", "integer", "default", 3)))));

    @TempDir
    Path base;

    @Test
    void sampleConfigMatchesTheSampleSchema() throws Exception {
        place("config/pipeline.yaml", Files.readString(SAMPLE_CONFIG));

        Outcome outcome = check("config/pipeline.yaml", SAMPLE_SCHEMA);

        assertThat(outcome.status()).isEqualTo(RuleStatus.PASS);
        assertThat(outcome.summary()).isEqualTo("config/pipeline.yaml matches the schema");
    }

    @Test
    void violationsAreReportedWithPathAndLineAndDefaultsNoted() throws Exception {
        place("config/app.yaml", """
                pipeline:
                  workers: 0
                  mode: turbo
                  tags: [a, 2]
                  password: "hunter2-secret"
                  colour: blue
                """);

        Outcome outcome = check("config/app.yaml", PIPELINE_SCHEMA);

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("config/app.yaml: 6 schema violations");
        assertThat(outcome.evidence()).contains(
                Evidence.at("config/app.yaml", 1, "$.pipeline.name: required but missing"),
                Evidence.at("config/app.yaml", 2, "$.pipeline.workers: 0 is below the minimum 1"),
                Evidence.at("config/app.yaml", 3, "$.pipeline.mode: 'turbo' is not one of [batch, stream]"),
                Evidence.at("config/app.yaml", 4, "$.pipeline.tags[1]: expected string, found an integer"),
                Evidence.at("config/app.yaml", 5, "$.pipeline.password: expected integer, found a string"),
                Evidence.at("config/app.yaml", 6, "$.pipeline.colour: is not an allowed property"),
                Evidence.at("config/app.yaml", 1, "$.pipeline.retries missing, default 3 applies"));
        assertThat(outcome.toString()).doesNotContain("hunter2");
    }

    @Test
    void jsonConfigIsCheckedWithLines() throws Exception {
        place("config/app.json", "{\n  \"pipeline\": {\n    \"name\": \"x\",\n    \"workers\": 100\n  }\n}\n");

        Outcome outcome = check("config/app.json", PIPELINE_SCHEMA);

        assertThat(outcome.evidence()).contains(
                Evidence.at("config/app.json", 4, "$.pipeline.workers: 100 is above the maximum 64"));
    }

    @Test
    void propertiesValuesAreReadAsTheirSchemaType() throws Exception {
        place("app.properties", "# settings\npipeline.name=x\npipeline.workers=8\npipeline.retries = many\n");

        Outcome outcome = check("app.properties", PIPELINE_SCHEMA);

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.evidence()).containsExactly(
                Evidence.at("app.properties", 4, "$.pipeline.retries: expected integer, found a string"));
    }

    @Test
    void unsupportedKeywordsAreNotedNotSilentlyPassed() throws Exception {
        place("c.yaml", "name: x\n");

        Outcome outcome = check("c.yaml", Map.of("type", "object", "properties",
                Map.of("name", Map.of("type", "string", "pattern", "^[a-z]+$"))));

        assertThat(outcome.status()).isEqualTo(RuleStatus.PASS);
        assertThat(outcome.evidence()).contains(Evidence.note("schema keyword 'pattern' is not supported and was "
                + "ignored"));
    }

    @Test
    void missingFileFails() throws Exception {
        Outcome outcome = check("config/none.yaml", SAMPLE_SCHEMA);

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("The config file config/none.yaml does not exist");
    }

    @Test
    void unreadableOrHostileYamlFailsAtItsLine() throws Exception {
        place("broken.yaml", "pipeline:\n  name: [unclosed\n");
        place("alias.yaml", "a: &x [1, 2]\nb: *x\n");

        Outcome broken = check("broken.yaml", PIPELINE_SCHEMA);
        Outcome alias = check("alias.yaml", Map.of("type", "object"));

        assertThat(broken.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(broken.summary()).startsWith("broken.yaml cannot be read");
        assertThat(alias.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(alias.evidence().get(0).line()).isEqualTo(2);
    }

    private Outcome check(String file, Map<String, Object> schema) throws Exception {
        return new ConfigSchemaChecker().check(TestContexts.rule(RuleKind.CONFIG_SCHEMA,
                Map.of("file", file, "schema", schema)), TestContexts.context(base));
    }

    private void place(String relative, String content) throws IOException {
        Path file = base.resolve("repo").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
