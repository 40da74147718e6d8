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

class EnvParityCheckerTest {
    private static final String SECRET = "s3cr3t-hunter2";

    @TempDir
    Path base;

    @Test
    void envDefiningEveryExampleNamePasses() throws Exception {
        place(".env.example", "# names only\nDB_URL=\nexport API_KEY=\"\"\n\nDEBUG=false\n");
        place("deploy/staging.env", "DB_URL=postgres://x\nexport API_KEY='" + SECRET + "'\nDEBUG = true\n");

        Outcome outcome = check(Map.of("env", "deploy/staging.env", "example", ".env.example"));

        assertThat(outcome.status()).isEqualTo(RuleStatus.PASS);
        assertThat(outcome.summary()).contains("all 3 expected variables");
    }

    @Test
    void missingAndForbiddenNamesFailWithFileAndLineButNeverValues() throws Exception {
        place(".env.example", "DB_URL=\nAPI_KEY=\nALERT_URL=\n");
        place("deploy/staging.env", """
                DB_URL=postgres://user:%1$s@db/x
                # API_KEY=%1$s is commented out
                LEGACY_HOME="%1$s
                still the value %1$s
                API_KEY=%1$s"
                """.formatted(SECRET));

        Outcome outcome = check(Map.of("env", "deploy/staging.env", "example", ".env.example",
                "required", "TOKEN", "forbidden", List.of("LEGACY_HOME", "OLD_NAME")));

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("deploy/staging.env: 3 variables are missing, "
                + "1 forbidden variable is still set");
        assertThat(outcome.evidence()).contains(
                Evidence.at(".env.example", 2, "API_KEY is missing from deploy/staging.env"),
                Evidence.at(".env.example", 3, "ALERT_URL is missing from deploy/staging.env"),
                Evidence.note("TOKEN (required) is missing from deploy/staging.env"),
                Evidence.at("deploy/staging.env", 3, "LEGACY_HOME is still set (forbidden)"));
        assertThat(outcome.toString()).doesNotContain(SECRET, "hunter2");
    }

    @Test
    void requiredListWorksWithoutExample() throws Exception {
        place("prod.env", "export A=1\nB='two words'\n");

        assertThat(check(Map.of("env", "prod.env", "required", List.of("A", "B"))).status())
                .isEqualTo(RuleStatus.PASS);
        assertThat(check(Map.of("env", "prod.env", "required", "C")).status()).isEqualTo(RuleStatus.FAIL);
    }

    @Test
    void missingEnvFileFails() throws Exception {
        Outcome outcome = check(Map.of("env", "deploy/none.env", "required", "A"));

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).contains("deploy/none.env does not exist");
    }

    @Test
    void missingExampleFails() throws Exception {
        place("prod.env", "A=1\n");

        assertThat(check(Map.of("env", "prod.env", "example", ".env.example")).summary())
                .contains(".env.example does not exist");
    }

    private Outcome check(Map<String, Object> params) throws Exception {
        return new EnvParityChecker().check(TestContexts.rule(RuleKind.ENV_PARITY, params),
                TestContexts.context(base));
    }

    private void place(String relative, String content) throws IOException {
        Path file = base.resolve("repo").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
