package org.migrationworkbench.core.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.migrationworkbench.core.model.RuleKind;

/** Checks a rule's parameters against its kind: known names, required ones present, values well formed. */
final class RuleParameterCheck {
    private static final Pattern CODE_REF = Pattern.compile("(\\d+):(\\d+):(.+)");

    private final LoadContext ctx;

    RuleParameterCheck(LoadContext ctx) {
        this.ctx = ctx;
    }

    void check(RuleKind kind, Map<String, Object> values, String pointer) {
        RuleParameters.Spec spec = RuleParameters.of(kind);
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            RuleParameters.Param param = spec.params().get(entry.getKey());
            String at = SourceMap.child(pointer, entry.getKey());
            if (param == null) {
                ctx.problems.errorAtKey(at, "unknown parameter '" + entry.getKey() + "' for kind '" + kind.id()
                        + "' (known: " + String.join(", ", spec.params().keySet()) + ")");
            } else {
                checkValue(param, entry.getValue(), at);
            }
        }
        spec.params().values().stream()
                .filter(p -> p.required() && !values.containsKey(p.name()))
                .forEach(p -> ctx.problems.error(pointer, "kind '" + kind.id() + "' needs parameter '" + p.name()
                        + "'"));
        for (List<String> group : spec.oneOf()) {
            if (group.stream().noneMatch(values::containsKey)) {
                ctx.problems.error(pointer, "kind '" + kind.id() + "' needs one of: " + String.join(", ", group));
            }
        }
    }

    private void checkValue(RuleParameters.Param param, Object value, String at) {
        switch (param.type()) {
            case GLOBS -> eachText(value, at, (text, itemAt) -> guard(ctx.target.resolveGlob(text), itemAt));
            case TARGET_PATH -> single(value, at, text -> guard(ctx.target.resolve(text), at));
            case WORKSPACE_PATH -> single(value, at, text -> guard(ctx.workspace.resolve(text), at));
            case TEXT -> single(value, at, text -> { });
            case TEXTS -> eachText(value, at, (text, itemAt) -> { });
            case CODE_REFS -> eachText(value, at, this::codeRef);
            case REGEX -> single(value, at, text -> regex(text, at));
            case CHOICE -> single(value, at, text -> {
                if (!param.choices().contains(text)) {
                    ctx.problems.error(at, "'" + text + "' is not one of " + String.join(", ", param.choices()));
                }
            });
            case DATE -> single(value, at, text -> date(text, at));
            case RATIO -> number(value, at, 0, 1, "a number from 0 to 1 (0.9 = 90%)");
            case COUNT -> number(value, at, 0, Integer.MAX_VALUE, "a whole number >= 0");
            case SECONDS -> number(value, at, 1, 86_400, "a number of seconds from 1 to 86400");
            case MAPPING -> {
                if (!(value instanceof Map)) {
                    ctx.problems.error(at, "expected a mapping");
                }
            }
        }
    }

    private void single(Object value, String at, java.util.function.Consumer<String> check) {
        if (value instanceof Map || value instanceof List || value == null) {
            ctx.problems.error(at, "expected a single text value");
        } else {
            check.accept(String.valueOf(value));
        }
    }

    private void eachText(Object value, String at, java.util.function.BiConsumer<String, String> check) {
        List<?> items = value instanceof List<?> list ? list : List.of(value == null ? List.of() : value);
        if (items.isEmpty()) {
            ctx.problems.error(at, "expected at least one value");
        }
        for (int i = 0; i < items.size(); i++) {
            String itemAt = value instanceof List ? SourceMap.child(at, i) : at;
            Object item = items.get(i);
            if (item instanceof Map || item instanceof List || item == null) {
                ctx.problems.error(itemAt, "expected a text value");
            } else {
                check.accept(String.valueOf(item), itemAt);
            }
        }
    }

    private void guard(PathGuard.Result result, String at) {
        result.error().ifPresent(message -> ctx.problems.error(at, message));
    }

    private void codeRef(String text, String at) {
        Matcher m = CODE_REF.matcher(text.trim());
        if (!m.matches()) {
            ctx.problems.error(at, "'" + text + "' is not a code reference; expected START:END:path");
            return;
        }
        if (Long.parseLong(m.group(1)) > Long.parseLong(m.group(2)) || Long.parseLong(m.group(1)) < 1) {
            ctx.problems.error(at, "code reference '" + text + "' needs 1 <= START <= END");
        }
        guard(ctx.target.resolve(m.group(3)), at);
    }

    private void regex(String text, String at) {
        try {
            Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            ctx.problems.error(at, "invalid regular expression: " + e.getDescription() + " near index "
                    + e.getIndex());
        }
    }

    private void date(String text, String at) {
        try {
            LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            ctx.problems.error(at, "'" + text + "' is not a date; expected YYYY-MM-DD");
        }
    }

    private void number(Object value, String at, double min, double max, String expected) {
        if (!(value instanceof Number n) || n.doubleValue() < min || n.doubleValue() > max
                || (max == Integer.MAX_VALUE && n.doubleValue() != Math.rint(n.doubleValue()))) {
            ctx.problems.error(at, "expected " + expected + ", found '" + value + "'");
        }
    }
}
