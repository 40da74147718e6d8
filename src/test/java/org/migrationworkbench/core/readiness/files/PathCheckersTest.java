package org.migrationworkbench.core.readiness.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationworkbench.core.readiness.files.Fixture.rule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleStatus;

class PathCheckersTest {
    @TempDir
    Path temp;

    @Test
    void pathExistsPassesWhenEveryGlobAndFolderFindsSomething() throws Exception {
        Fixture f = new Fixture(temp).write("app/new/main.py", "x").write("README.md", "x");
        Files.createDirectories(f.repo.resolve("empty"));

        Outcome outcome = new PathCheckers.Exists().check(
                rule(RuleKind.PATH_EXISTS, "paths", List.of("app/**/*.py", "README.md", "empty", "app/*")),
                f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.PASS);
        assertThat(outcome.evidence()).contains(Evidence.at("app/new/main.py", 0, "found for app/**/*.py"),
                Evidence.at("empty", 0, "found for empty"), Evidence.at("app/new", 0, "found for app/*"));
    }

    @Test
    void pathExistsFailsNamingWhatIsMissingAndIgnoredFilesDoNotCount() throws Exception {
        Fixture f = new Fixture(temp).write(".gitignore", "*.gen.py\n").write("app/x.gen.py", "x");

        Outcome outcome = new PathCheckers.Exists().check(
                rule(RuleKind.PATH_EXISTS, "paths", List.of("**/*.gen.py", "docs/guide.md")), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("2 paths are missing: **/*.gen.py, docs/guide.md");
        assertThat(outcome.evidence()).containsExactly(Evidence.note("missing: **/*.gen.py"),
                Evidence.note("missing: docs/guide.md"));
    }

    @Test
    void pathAbsentListsEveryOffendingPathAndAcceptsASingleString() throws Exception {
        Fixture f = new Fixture(temp).write("legacy/a.py", "x").write("legacy/sub/b.py", "x").write("new/c.py", "x");

        Outcome outcome = new PathCheckers.Absent().check(rule(RuleKind.PATH_ABSENT, "paths", "legacy/**"),
                f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.FAIL);
        assertThat(outcome.summary()).isEqualTo("2 paths still exist, first legacy/a.py");
        assertThat(outcome.evidence()).extracting(Evidence::file).containsExactly("legacy/a.py", "legacy/sub/b.py");
    }

    @Test
    void pathAbsentPassesWhenNothingMatches() throws Exception {
        Fixture f = new Fixture(temp).write("new/c.py", "x");

        Outcome outcome = new PathCheckers.Absent().check(
                rule(RuleKind.PATH_ABSENT, "paths", List.of("legacy/**", "old.cfg", "**/*.bak")), f.context());

        assertThat(outcome.status()).isEqualTo(RuleStatus.PASS);
        assertThat(outcome.evidence()).isEmpty();
    }
}
