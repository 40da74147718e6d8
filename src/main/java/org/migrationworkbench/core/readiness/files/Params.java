package org.migrationworkbench.core.readiness.files;

import java.util.List;
import java.util.Optional;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Rule;

/** Reads rule parameters as parsed from YAML; a single string stands for a one-element list. */
final class Params {
    private Params() {
    }

    static List<String> strings(Rule rule, String name) {
        Object value = rule.parameters().get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    static Optional<String> text(Rule rule, String name) {
        return Optional.ofNullable(rule.parameters().get(name)).map(String::valueOf);
    }

    static String required(Rule rule, String name) {
        return text(rule, name).orElseThrow(() -> new WorkbenchException(
                "Rule '" + rule.id() + "' (" + rule.kind().id() + ") has no '" + name + "'. Add it to workbench.yaml."));
    }

    static Optional<Double> number(Rule rule, String name) {
        Object value = rule.parameters().get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        try {
            return Optional.of(Double.parseDouble(String.valueOf(value).trim()));
        } catch (NumberFormatException e) {
            throw new WorkbenchException("Rule '" + rule.id() + "': '" + name + "' must be a number, not '" + value
                    + "'.", e);
        }
    }

    static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
