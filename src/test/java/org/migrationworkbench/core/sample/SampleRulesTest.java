package org.migrationworkbench.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The installed repository gives the readiness rules a realistic picture: most pass, the decommission rule
 * and the minor clean-up rule fail. Each test reads its rule's parameters from workbench.yaml.
 */
class SampleRulesTest {
    @TempDir
    static Path root;
    private static Path home;
    private static Path repo;
    private static JsonNode yaml;

    @BeforeAll
    static void install() throws Exception {
        SampleTesting.keepJGitSettingsInTarget();
        home = new SampleInstaller().ensureInstalled(SampleTesting.dirsIn(root));
        yaml = new ObjectMapper(new YAMLFactory()).readTree(home.resolve("workbench.yaml").toFile());
        repo = home.resolve(yaml.get("target").asText());
    }

    @Test
    void pipelineLayoutPasses() {
        rule("pipeline-layout").get("paths").forEach(p -> assertThat(repo.resolve(p.asText())).isRegularFile());
    }

    @Test
    void legacyScriptsAreStillThereSoDecommissionFails() {
        assertThat(repo.resolve("scripts/core/batch_opportunity_scoring.py")).exists();
        assertThat(repo.resolve("scripts/core/export_summary.py")).exists();
        assertThat(repo.resolve("sandbox")).doesNotExist();
    }

    @Test
    void scoringWasMovedFromTheSandboxAsGitSeesIt() throws Exception {
        JsonNode rule = rule("scoring-moved");
        try (Git git = Git.open(repo.toFile()); ObjectReader reader = git.getRepository().newObjectReader()) {
            CanonicalTreeParser before = new CanonicalTreeParser(null, reader,
                    git.getRepository().resolve("HEAD~3^{tree}"));
            CanonicalTreeParser after = new CanonicalTreeParser(null, reader,
                    git.getRepository().resolve("HEAD^{tree}"));
            RenameDetector renames = new RenameDetector(git.getRepository());
            renames.addAll(git.diff().setOldTree(before).setNewTree(after).setShowNameAndStatusOnly(true).call());
            assertThat(renames.compute()).anySatisfy(entry -> {
                assertThat(entry.getChangeType()).isEqualTo(DiffEntry.ChangeType.RENAME);
                assertThat(entry.getOldPath()).isEqualTo(rule.get("from").asText());
                assertThat(entry.getNewPath()).isEqualTo(rule.get("to").asText());
                assertThat(entry.getScore()).isGreaterThanOrEqualTo((int) (100 * rule.get("similar").asDouble()));
            });
            assertThat(TreeWalk.forPath(git.getRepository(), rule.get("from").asText(),
                    git.getRepository().resolve("HEAD^{tree}"))).isNull();
        }
    }

    @Test
    void configHasTheRequiredSections() throws Exception {
        JsonNode schema = rule("pipeline-config").get("schema");
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(repo.resolve("config/pipeline.yaml").toFile());
        schema.get("required").forEach(key -> assertThat(config.has(key.asText())).as(key.asText()).isTrue());
        schema.at("/properties/scoring/required").forEach(key -> assertThat(config.get("scoring").has(key.asText())).isTrue());
        assertThat(config.get("batch_size").isInt()).isTrue();
    }

    @Test
    void stagingDefinesEveryExampleVariableAndNoForbiddenOne() throws Exception {
        JsonNode rule = rule("env-parity");
        Properties env = properties(repo.resolve(rule.get("env").asText()));
        Properties example = properties(repo.resolve(rule.get("example").asText()));
        assertThat(env.stringPropertyNames()).containsAll(example.stringPropertyNames());
        rule.get("forbidden").forEach(name -> assertThat(env).doesNotContainKey(name.asText()));
    }

    @Test
    void codeReferencesOfTheGuideMatchTheRepository() throws Exception {
        List<String> guide = Files.readAllLines(home.resolve(rule("guide-code-refs").get("guide").asText()));
        Pattern fence = Pattern.compile("```(\\d+):(\\d+):(\\S+)");
        int refs = 0;
        for (int i = 0; i < guide.size(); i++) {
            Matcher m = fence.matcher(guide.get(i));
            if (m.matches()) {
                refs++;
                List<String> lines = Files.readAllLines(repo.resolve(m.group(3)));
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                assertThat(guide.subList(i + 1, i + 2 + to - from)).isEqualTo(lines.subList(from - 1, to));
            }
        }
        assertThat(refs).isEqualTo(2);
    }

    @Test
    void oneDebugPrintIsLeftSoTheCleanupRuleFails() throws Exception {
        Pattern pattern = Pattern.compile(rule("no-debug-prints").get("pattern").asText());
        List<String> hits = new ArrayList<>();
        try (var files = Files.newDirectoryStream(repo.resolve("pipeline"), "*.py")) {
            for (Path file : files) {
                Files.readAllLines(file).stream().filter(l -> pattern.matcher(l).find())
                        .forEach(l -> hits.add(file.getFileName() + ": " + l.strip()));
            }
        }
        assertThat(hits).singleElement().asString().startsWith("summary.py: print(");
    }

    @Test
    void lineCoverageIsAboveTheRuleButBelowTheMetric() throws Exception {
        JsonNode rule = rule("line-coverage");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element report = factory.newDocumentBuilder().parse(repo.resolve(rule.get("report").asText()).toFile())
                .getDocumentElement();
        double ratio = 0;
        for (var n = report.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("counter") && e.getAttribute("type").equals("LINE")) {
                double covered = Double.parseDouble(e.getAttribute("covered"));
                ratio = covered / (covered + Double.parseDouble(e.getAttribute("missed")));
            }
        }
        assertThat(ratio).isGreaterThanOrEqualTo(rule.get("min").asDouble()).isLessThan(0.90);
    }

    @Test
    void runbookHasEveryHeadingAndTheTreeIsClean() throws Exception {
        List<String> runbook = Files.readAllLines(repo.resolve(rule("runbook-complete").get("file").asText()));
        rule("runbook-complete").get("headings").forEach(h -> assertThat(runbook).contains("## " + h.asText()));
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
        }
    }

    private static JsonNode rule(String id) {
        for (JsonNode rule : yaml.get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static Properties properties(Path file) throws Exception {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
