package org.migrationworkbench.core.readiness;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Rule;

/** Reads a rule's parameters as parsed from YAML; a single string stands for a one-element list. */
public final class RuleParams {
    private final Rule rule;

    public RuleParams(Rule rule) {
        this.rule = rule;
    }

    public Optional<String> text(String name) {
        Object value = rule.parameters().get(name);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    public String requiredText(String name) {
        return text(name).filter(s -> !s.isBlank()).orElseThrow(() -> missing(name));
    }

    public List<String> texts(String name) {
        Object value = rule.parameters().get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    public Optional<Double> number(String name) {
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
            throw new WorkbenchException("Rule '" + rule.id() + "': parameter '" + name + "' must be a number, not '"
                    + value + "'");
        }
    }

    /** A date written {@code 2026-10-01} (a date-time is cut to its date). */
    public java.time.LocalDate date(String name) {
        Object value = rule.parameters().get(name);
        if (value instanceof java.time.LocalDate d) {
            return d;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        String text = requiredText(name).trim();
        try {
            return java.time.LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new WorkbenchException("Rule '" + rule.id() + "': parameter '" + name + "' must be a date such "
                    + "as 2026-10-01, not '" + text + "'");
        }
    }

    public Map<?, ?> mapping(String name) {
        Object value = rule.parameters().get(name);
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw missing(name);
    }

    private WorkbenchException missing(String name) {
        return new WorkbenchException("Rule '" + rule.id() + "' (" + rule.kind().id() + ") needs the parameter '"
                + name + "'");
    }
}
