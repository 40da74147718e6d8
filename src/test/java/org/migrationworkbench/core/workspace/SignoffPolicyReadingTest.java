package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.SignoffPolicy;

class SignoffPolicyReadingTest {
    @TempDir
    Path folder;

    private static String manifest(String signoff) {
        return "name: W\ntarget: .\nstart: 2026-09-07\nphases:\n  - id: p1\n    title: One\n    weeks: 1\n"
                + "signoff:\n" + signoff;
    }

    @Test
    void separationIsOnAndOneApprovalPerRoleByDefault() {
        Fixtures.writeManifest(folder, manifest("  roles: [Lead, Owner]\n"));

        SignoffPolicy policy = new WorkspaceLoader().load(folder).workspace().signoff();

        assertThat(policy.separation()).isTrue();
        assertThat(policy.separateCompletion()).isFalse();
        assertThat(policy.approvalsNeeded("Owner")).isEqualTo(1);
    }

    @Test
    void readsSeparationAndNOfMApprovals() {
        Fixtures.writeManifest(folder, manifest("  roles: [Lead, Owner]\n  separation: false\n"
                + "  require: {Owner: 2}\n  separate_completion: true\n"));

        SignoffPolicy policy = new WorkspaceLoader().load(folder).workspace().signoff();

        assertThat(policy.separation()).isFalse();
        assertThat(policy.separateCompletion()).isTrue();
        assertThat(policy.required()).isEqualTo(Map.of("Owner", 2));
    }

    @Test
    void rejectsApprovalsForAnUndeclaredRoleOrBelowOne() {
        Fixtures.writeManifest(folder, manifest("  roles: [Lead]\n  require:\n    Owner: 2\n    Lead: 0\n"));

        assertThat(Fixtures.errorsLoading(folder)).extracting(Problem::message)
                .anyMatch(m -> m.contains("'Owner' is not declared"))
                .anyMatch(m -> m.contains("must be 1 or more"));
    }
}
