package org.migrationworkbench.core.readiness.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.readiness.files.Fixture.rule;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleStatus;

class DocPresentCheckerTest {
    private static final String RUNBOOK = """
            # Runbook

            ##   Rollback   Plan ##
            ```
            # Contacts
            ```
            ### monitoring
            """;

    @TempDir
    Path temp;

    @Test
    void passesWhenEveryHeadingIsThereWhateverItsLevelAndCase() throws Exception {
        Fixture f = new Fixture(temp).write("docs/runbook.md", RUNBOOK);

        Outcome outcome = new DocPresentChecker().check(rule(RuleKind.DOC_PRESENT, "file", "docs/runbook.md",
                "headings", List.of("Rollback plan", "## Monitoring")), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.PASS);
        assertThat(outcome.evidence()).containsExactly(
                Evidence.at("docs/runbook.md", 3, "found heading: Rollback plan"),
                Evidence.at("docs/runbook.md", 7, "found heading: ## Monitoring"));
    }

    @Test
    void failsNamingMissingHeadingsAndIgnoresHeadingsInCode() throws Exception {
        Fixture f = new Fixture(temp).write("docs/runbook.md", RUNBOOK);

        Outcome outcome = new DocPresentChecker().check(rule(RuleKind.DOC_PRESENT, "file", "docs/runbook.md",
                "headings", List.of("Runbook", "Contacts")), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("docs/runbook.md lacks 1 heading: Contacts");
        assertThat(outcome.evidence()).containsExactly(Evidence.at("docs/runbook.md", 1, "found heading: Runbook"),
                Evidence.at("docs/runbook.md", 0, "missing heading: Contacts"));
    }

    @Test
    void failsWhenTheFileIsMissing() throws Exception {
        Fixture f = new Fixture(temp);

        Outcome outcome = new DocPresentChecker().check(rule(RuleKind.DOC_PRESENT, "file", "docs/none.md",
                "headings", "Runbook"), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("docs/none.md does not exist");
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheRepositoryDoesNotCount() throws Exception {
        Fixture f = new Fixture(temp);
        Path outside = java.nio.file.Files.writeString(temp.resolve("outside.md"), RUNBOOK);
        java.nio.file.Files.createDirectories(f.repo.resolve("docs"));
        java.nio.file.Files.createSymbolicLink(f.repo.resolve("docs/runbook.md"), outside);

        Outcome outcome = new DocPresentChecker().check(rule(RuleKind.DOC_PRESENT, "file", "docs/runbook.md",
                "headings", "Rollback plan"), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("docs/runbook.md does not exist");
    }
}
