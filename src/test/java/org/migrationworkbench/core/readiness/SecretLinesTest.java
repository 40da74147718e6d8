package org.migrationworkbench.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretLinesTest {
    @Test
    void anAssignmentKeepsItsNameAndLosesItsValue() {
        assertThat(SecretLines.redact("API_KEY=sk-live-123")).isEqualTo("API_KEY=<redacted>");
        assertThat(SecretLines.redact("  API_KEY = sk-live-123  # prod")).isEqualTo("API_KEY=<redacted>");
        assertThat(SecretLines.redact("export API_KEY=sk-live-123")).isEqualTo("export API_KEY=<redacted>");
        assertThat(SecretLines.redact("db.password=hunter2")).isEqualTo("db.password=<redacted>");
    }

    @Test
    void quotedValuesAreHiddenWithTheirQuotes() {
        assertThat(SecretLines.redact("API_KEY=\"sk live 123\"")).isEqualTo("API_KEY=<redacted>");
        assertThat(SecretLines.redact("API_KEY='sk-live-123'")).isEqualTo("API_KEY=<redacted>");
        assertThat(SecretLines.redact("PRIVATE_KEY=\"-----BEGIN RSA PRIVATE KEY-----")).isEqualTo(
                "PRIVATE_KEY=<redacted>");
    }

    @Test
    void yamlAndJsonStyleKeepTheKey() {
        assertThat(SecretLines.redact("password: hunter2")).isEqualTo("password: <redacted>");
        assertThat(SecretLines.redact("    api_token: \"abc:def\"")).isEqualTo("api_token: <redacted>");
        assertThat(SecretLines.redact("  \"password\": \"hunter2\",")).isEqualTo("\"password\": <redacted>");
    }

    @Test
    void aLineWithoutAValueIsRedactedWhole() {
        assertThat(SecretLines.redact("API_KEY=")).isEqualTo(SecretLines.LINE);
        assertThat(SecretLines.redact("API_KEY=   ")).isEqualTo(SecretLines.LINE);
        assertThat(SecretLines.redact("database:")).isEqualTo(SecretLines.LINE);
        assertThat(SecretLines.redact("API_KEY")).isEqualTo(SecretLines.LINE);
        assertThat(SecretLines.redact("")).as("a blank line hides nothing").isEmpty();
    }

    @Test
    void keyMaterialAndOtherLinesAreRedactedWhole() {
        assertThat(SecretLines.redact("-----BEGIN RSA PRIVATE KEY-----")).isEqualTo(SecretLines.LINE);
        assertThat(SecretLines.redact("MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun"))
                .isEqualTo(SecretLines.LINE);
        assertThat(SecretLines.redact("MIIEow+IBAAKC/QEA==")).isEqualTo(SecretLines.LINE);
        assertThat(SecretLines.redact("AbCd1234==")).as("base64 padding is not an assignment")
                .isEqualTo(SecretLines.LINE);
        assertThat(SecretLines.redact("AbCd1234=")).isEqualTo(SecretLines.LINE);
        assertThat(SecretLines.redact("machine example.org login bob password s3cret")).isEqualTo(SecretLines.LINE);
        assertThat(SecretLines.redact("db.example.org:5432:app:bob:s3cret")).isEqualTo(SecretLines.LINE);
        assertThat(SecretLines.redact("# API_KEY=sk-old-456")).isEqualTo(SecretLines.LINE);
    }

    @Test
    void redactingTwiceChangesNothing() {
        for (String line : new String[] {"API_KEY=sk-live-123", "password: x", "export A=b", "-----BEGIN-----"}) {
            String once = SecretLines.redact(line);
            assertThat(SecretLines.redact(once)).isEqualTo(once);
        }
    }
}
