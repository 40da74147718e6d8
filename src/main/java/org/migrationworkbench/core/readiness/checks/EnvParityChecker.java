package org.migrationworkbench.core.readiness.checks;

import org.migrationworkbench.core.readiness.RuleParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleChecker;
import org.migrationworkbench.core.readiness.RuleContext;

/**
 * {@code env-parity}: the dotenv file {@code env} defines every name of {@code example} (an
 * {@code .env.example}) and of {@code required}, and none of {@code forbidden}. Only names and file:line
 * ever appear in results; values are never read into anything that leaves {@link DotEnv}.
 */
public final class EnvParityChecker implements RuleChecker {
    @Override
    public Outcome check(Rule rule, RuleContext context) throws Exception {
        RuleParams params = new RuleParams(rule);
        String envName = params.requiredText("env");
        Optional<String> exampleName = params.text("example");
        Path envFile = context.resolve(envName);
        if (!Files.isRegularFile(envFile)) {
            return Outcome.fail("The env file " + envName + " does not exist", List.of(Evidence.note("expected: "
                    + envName)));
        }
        DotEnv env = DotEnv.read(envFile, envName);
        Map<String, Evidence> expected = new LinkedHashMap<>();
        if (exampleName.isPresent()) {
            Path exampleFile = context.resolve(exampleName.get());
            if (!Files.isRegularFile(exampleFile)) {
                return Outcome.fail("The example file " + exampleName.get() + " does not exist",
                        List.of(Evidence.note("expected: " + exampleName.get())));
            }
            DotEnv example = DotEnv.read(exampleFile, exampleName.get());
            example.names().forEach((name, line) -> expected.put(name, Evidence.at(exampleName.get(), line,
                    name + " is missing from " + envName)));
        }
        for (String name : params.texts("required")) {
            expected.putIfAbsent(name, Evidence.note(name + " (required) is missing from " + envName));
        }
        List<Evidence> problems = new ArrayList<>();
        expected.forEach((name, evidence) -> {
            if (!env.defines(name)) {
                problems.add(evidence);
            }
        });
        int missing = problems.size();
        List<String> forbidden = params.texts("forbidden").stream().filter(env::defines).toList();
        forbidden.forEach(name -> problems.add(Evidence.at(envName, env.lineOf(name), name
                + " is still set (forbidden)")));
        if (problems.isEmpty()) {
            return Outcome.pass(envName + " defines all " + expected.size() + " expected variables"
                    + (params.texts("forbidden").isEmpty() ? "" : " and none of the forbidden ones"),
                    List.of(Evidence.note(expected.size() + " expected names checked against " + envName)));
        }
        return Outcome.fail(summary(envName, missing, forbidden.size()), problems);
    }

    private static String summary(String envName, int missing, int forbidden) {
        List<String> parts = new ArrayList<>();
        if (missing > 0) {
            parts.add(missing + (missing == 1 ? " variable is" : " variables are") + " missing");
        }
        if (forbidden > 0) {
            parts.add(forbidden + " forbidden " + (forbidden == 1 ? "variable is" : "variables are") + " still set");
        }
        return envName + ": " + String.join(", ", parts);
    }
}
