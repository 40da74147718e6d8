package org.migrationworkbench.core.readiness.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleStatus;

class CoverageCheckerTest {
    private static final Path SAMPLE_JACOCO =
            Path.of("configs/sample-target/overlays/04-tests-and-docs/reports/coverage/jacoco.xml");

    private static final String JACOCO = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
            <report name="demo">
              <package name="org/acme/core">
                <class name="org/acme/core/A" sourcefilename="A.java">
                  <method name="m" desc="()V" line="3"><counter type="LINE" missed="5" covered="5"/></method>
                  <counter type="LINE" missed="5" covered="5"/>
                </class>
                <sourcefile name="A.java">
                  <line nr="3" mi="0" ci="1" mb="0" cb="0"/>
                  <counter type="LINE" missed="5" covered="5"/>
                  <counter type="BRANCH" missed="3" covered="1"/>
                </sourcefile>
                <sourcefile name="B.java">
                  <counter type="LINE" missed="0" covered="10"/>
                </sourcefile>
                <counter type="LINE" missed="5" covered="15"/>
                <counter type="BRANCH" missed="3" covered="1"/>
              </package>
              <package name="org/acme/web">
                <sourcefile name="W.java"><counter type="LINE" missed="0" covered="80"/></sourcefile>
                <counter type="LINE" missed="0" covered="80"/>
              </package>
              <counter type="LINE" missed="5" covered="95"/>
              <counter type="BRANCH" missed="3" covered="1"/>
            </report>
            """;

    @TempDir
    Path base;

    @Test
    void sampleJacocoReportPassesItsRule() throws Exception {
        place("reports/coverage/jacoco.xml", Files.readString(SAMPLE_JACOCO));

        Outcome outcome = check("reports/coverage/jacoco.xml", 0.85, null, null);

        assertThat(outcome.status()).isEqualTo(RuleStatus.PASS);
        assertThat(outcome.summary()).contains("89.0%", "97/109");
        assertThat(outcome.evidence()).anyMatch(e -> e.file().equals("reports/coverage/jacoco.xml"));
    }

    @Test
    void jacocoBelowMinimumFailsWithTheMeasuredRatio() throws Exception {
        place("jacoco.xml", JACOCO);

        Outcome outcome = check("jacoco.xml", 0.5, "branch", null);

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).contains("Branch coverage", "25.0%", "(1/4)", "minimum 50.0%");
    }

    @Test
    void jacocoPathSelectsAPackageOrASourceFile() throws Exception {
        place("jacoco.xml", JACOCO);

        assertThat(check("jacoco.xml", 0.8, null, "org.acme.core").summary()).contains("75.0%", "15/20");
        assertThat(check("jacoco.xml", 0.8, null, "org/acme/core/B.java").status()).isEqualTo(RuleStatus.PASS);
        assertThat(check("jacoco.xml", 0.8, null, "src/main/java/org/acme/web").status())
                .isEqualTo(RuleStatus.FAIL);
        assertThat(check("jacoco.xml", 0.8, null, "org/acme/web").summary()).contains("100.0%", "80/80");
    }

    @Test
    void pathMatchingNothingFails() throws Exception {
        place("jacoco.xml", JACOCO);

        Outcome outcome = check("jacoco.xml", 0.1, null, "org/other");

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).contains("nothing in the report matches", "org/other");
    }

    @Test
    void doctypeIsNeverLoaded() throws Exception {
        place("jacoco.xml", JACOCO);
        place("report.dtd", "<!ENTITY this is not a valid DTD at all");

        assertThat(check("jacoco.xml", 0.9, null, null).status()).isEqualTo(RuleStatus.PASS);
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path secret = place("secret.txt", "TOP-SECRET-CONTENT");
        place("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE report [<!ENTITY xxe SYSTEM "%s">]>
                <report name="&xxe;"><counter type="LINE" missed="0" covered="1"/></report>
                """.formatted(secret.toUri()));

        assertThatThrownBy(() -> check("xxe.xml", 0.5, null, null))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("xxe.xml")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
    }

    @Test
    void malformedXmlIsAnErrorNamingFileAndLine() throws Exception {
        place("bad.xml", "<report>\n  <package name=\"x\">\n    <counter type=\"LINE\" missed=\"1\"\n</report>\n");

        assertThatThrownBy(() -> check("bad.xml", 0.5, null, null))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageMatching("(?s).*bad\\.xml:\\d.*not well-formed.*");
    }

    @Test
    void badCounterValueIsAnErrorWithItsLine() throws Exception {
        place("bad.xml", "<report>\n<counter type=\"LINE\" missed=\"many\" covered=\"1\"/>\n</report>\n");

        assertThatThrownBy(() -> check("bad.xml", 0.5, null, null))
                .hasMessageContaining("bad.xml:2").hasMessageContaining("missed=\"many\"");
    }

    @Test
    void missingReportFails() throws Exception {
        Outcome outcome = check("reports/none.xml", 0.5, null, null);

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).contains("No coverage report at reports/none.xml");
    }

    @Test
    void unknownFormatIsAnError() throws Exception {
        place("notes.txt", "just some text\n");

        assertThatThrownBy(() -> check("notes.txt", 0.5, null, null)).hasMessageContaining("neither JaCoCo");
    }

    @Test
    void coberturaCountsClassLinesAndBranchesUnderPath() throws Exception {
        place("coverage.xml", """
                <?xml version="1.0" ?>
                <coverage line-rate="0.5" branch-rate="0.5" version="7.4">
                  <packages>
                    <package name="pipeline" line-rate="0.5">
                      <classes>
                        <class name="scoring.py" filename="pipeline/scoring.py" line-rate="0.75">
                          <methods><method name="f"><lines><line number="1" hits="0"/></lines></method></methods>
                          <lines>
                            <line number="1" hits="1"/>
                            <line number="2" hits="3" branch="true" condition-coverage="50% (1/2)"/>
                            <line number="3" hits="1"/>
                            <line number="4" hits="0"/>
                          </lines>
                        </class>
                        <class name="cli.py" filename="pipeline/cli.py" line-rate="0">
                          <lines><line number="1" hits="0"/><line number="2" hits="0"/></lines>
                        </class>
                      </classes>
                    </package>
                  </packages>
                </coverage>
                """);

        assertThat(check("coverage.xml", 0.5, null, null).summary()).contains("3/6");
        assertThat(check("coverage.xml", 0.7, null, "pipeline/scoring.py").status()).isEqualTo(RuleStatus.PASS);
        assertThat(check("coverage.xml", 0.6, "branch", null).summary()).contains("1/2");
    }

    @Test
    void lcovSumsRecordsUnderPath() throws Exception {
        place("lcov.info", """
                TN:
                SF:/build/src/app/a.ts
                DA:1,1
                LF:10
                LH:9
                BRF:4
                BRH:4
                end_of_record
                SF:/build/src/lib/b.ts
                LF:10
                LH:1
                end_of_record
                """);

        assertThat(check("lcov.info", 0.5, null, null).summary()).contains("10/20");
        assertThat(check("lcov.info", 0.85, null, "src/app").status()).isEqualTo(RuleStatus.PASS);
        assertThat(check("lcov.info", 0.9, "branch", "src/app").summary()).contains("4/4");
    }

    private Outcome check(String report, double min, String metric, String path) throws Exception {
        Map<String, Object> params = new HashMap<>();
        params.put("report", report);
        params.put("min", min);
        if (metric != null) {
            params.put("metric", metric);
        }
        if (path != null) {
            params.put("path", path);
        }
        return new CoverageChecker().check(TestContexts.rule(RuleKind.COVERAGE, params), TestContexts.context(base));
    }

    private Path place(String relative, String content) throws IOException {
        Path file = base.resolve("repo").resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
