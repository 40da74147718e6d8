package org.migrationworkbench.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.model.Severity;

class SecretFilesTest {
    @Test
    void dotenvKeyAndCredentialFilesHoldSecretsWhereverTheyAre() {
        SecretFiles secrets = SecretFiles.of(List.of());
        assertThat(List.of(".env", "deploy/.env", ".env.production", "deploy/prod.env", "certs/server.pem",
                "tls/site.key", "home/.ssh/id_rsa", ".ssh/id_ed25519", "store.p12", "store.pfx", "app.keystore",
                "trust.jks", ".aws/credentials", "gcp/credentials.json", "config/secrets.yaml", ".netrc", ".pgpass",
                "deploy/PROD.ENV", "config\\Secrets.yml"))
                .allSatisfy(file -> assertThat(secrets.holdsSecrets(file)).as(file).isTrue());
        assertThat(List.of("src/app.py", "docs/environment.md", "env/README", "config/app.yaml", "keys.txt",
                "src/secret_sauce.py", "envoy.yaml"))
                .allSatisfy(file -> assertThat(secrets.holdsSecrets(file)).as(file).isFalse());
    }

    @Test
    void theFilesOfEnvParityRulesHoldSecretsToo() {
        Rule parity = new Rule("parity", "Parity", RuleKind.ENV_PARITY, Optional.empty(), Optional.empty(),
                Severity.MAJOR, Optional.empty(),
                Map.of("env", "./config/app.cfg", "example", "config/app.cfg.sample"));
        SecretFiles secrets = SecretFiles.of(List.of(parity));
        assertThat(secrets.holdsSecrets("config/app.cfg")).isTrue();
        assertThat(secrets.holdsSecrets("config/app.cfg.sample")).isTrue();
        assertThat(secrets.holdsSecrets("other/app.cfg")).isFalse();
    }

    @Test
    void onlyEvidenceQuotingALineOfASecretsFileIsRedacted() {
        SecretFiles secrets = SecretFiles.of(List.of());
        assertThat(secrets.redact(Evidence.at("deploy/prod.env", 3, "API_KEY=sk-live-123")))
                .isEqualTo(Evidence.at("deploy/prod.env", 3, "API_KEY=<redacted>"));
        assertThat(secrets.redact(Evidence.at("deploy/prod.env", 2, "A=1\n-----BEGIN KEY-----")))
                .isEqualTo(Evidence.at("deploy/prod.env", 2, "A=<redacted>\n" + SecretLines.LINE));
        assertThat(secrets.redact(Evidence.at("deploy/prod.env", 0, "still present")))
                .as("a message about the file, not a line of it").isEqualTo(Evidence.at("deploy/prod.env", 0,
                        "still present"));
        assertThat(secrets.redact(Evidence.at("src/app.py", 3, "API_KEY=sk-live-123")))
                .isEqualTo(Evidence.at("src/app.py", 3, "API_KEY=sk-live-123"));
    }
}
