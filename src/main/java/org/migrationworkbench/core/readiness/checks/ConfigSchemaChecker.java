package org.migrationworkbench.core.readiness.checks;

import org.migrationworkbench.core.readiness.RuleParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleChecker;
import org.migrationworkbench.core.readiness.RuleContext;
import org.migrationworkbench.core.workspace.Problem;

/**
 * {@code config-schema}: a YAML, JSON or .properties file of the target repository satisfies the rule's
 * {@code schema} (the JSON-Schema subset of {@link SchemaValidator}). Each violation is evidence at the
 * file and line of the offending value (of its parent when it is missing); applied defaults are noted. A
 * missing file, or one that does not parse, fails: it is the configuration that is not ready.
 */
public final class ConfigSchemaChecker implements RuleChecker {
    @Override
    public Outcome check(Rule rule, RuleContext context) throws Exception {
        RuleParams params = new RuleParams(rule);
        String fileName = params.requiredText("file");
        Map<?, ?> schema = params.mapping("schema");
        Path file = context.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return Outcome.fail("The config file " + fileName + " does not exist",
                    List.of(Evidence.note("expected: " + fileName)));
        }
        ConfigDocument doc = ConfigDocument.read(file, fileName);
        if (doc.problem().isPresent()) {
            Problem p = doc.problem().get();
            return Outcome.fail(fileName + " cannot be read: " + p.message(),
                    List.of(Evidence.at(fileName, p.line(), p.message())));
        }
        SchemaValidator validator = new SchemaValidator(doc.textOnly());
        List<SchemaValidator.Finding> findings = validator.validate(schema, doc.root());
        List<Evidence> evidence = new ArrayList<>();
        long violations = 0;
        for (SchemaValidator.Finding f : findings.stream().sorted((a, b) -> Boolean.compare(b.violation(),
                a.violation())).toList()) {
            String path = SchemaValidator.display(f.pointer());
            evidence.add(Evidence.at(fileName, doc.lineOf(f.pointer()), f.violation() ? path + ": " + f.message()
                    : path + " " + f.message()));
            violations += f.violation() ? 1 : 0;
        }
        validator.ignoredKeywords().forEach(k -> evidence.add(Evidence.note("schema keyword '" + k
                + "' is not supported and was ignored")));
        if (violations == 0) {
            return Outcome.pass(fileName + " matches the schema", evidence);
        }
        return Outcome.fail(fileName + ": " + violations + (violations == 1 ? " schema violation"
                : " schema violations"), evidence);
    }
}
