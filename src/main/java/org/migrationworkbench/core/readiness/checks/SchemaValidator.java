package org.migrationworkbench.core.readiness.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.migrationworkbench.core.WorkbenchException;

/**
 * A focused validator for the JSON-Schema subset that config rules use: {@code type} (object, string,
 * integer, number, boolean, array, null; or a list of them), {@code required}, {@code properties},
 * {@code additionalProperties: false}, {@code items} (one schema for every element), {@code enum},
 * {@code minimum}/{@code maximum} (inclusive) and {@code default} (a missing optional field with a default
 * is noted, not a violation). Other keywords are reported once as ignored. String values are never quoted
 * in messages except where an {@code enum} lists the allowed ones, so secrets stay out of results.
 */
final class SchemaValidator {
    private static final Set<String> KEYWORDS = Set.of("type", "required", "properties", "additionalProperties",
            "items", "enum", "minimum", "maximum", "default", "title", "description", "$schema");

    /** A finding at a JSON pointer; {@code violation} false for notes such as an applied default. */
    record Finding(String pointer, String message, boolean violation) {
    }

    private final boolean textOnly;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> ignored = new TreeSet<>();

    /** {@code textOnly}: values come from a .properties file, so "4" may stand for 4 and "true" for true. */
    SchemaValidator(boolean textOnly) {
        this.textOnly = textOnly;
    }

    List<Finding> validate(Map<?, ?> schema, JsonNode root) {
        check(schema, root, "");
        return List.copyOf(findings);
    }

    Set<String> ignoredKeywords() {
        return Set.copyOf(ignored);
    }

    static String display(String pointer) {
        StringBuilder out = new StringBuilder("$");
        for (String segment : pointer.split("/")) {
            if (!segment.isEmpty()) {
                String name = segment.replace("~1", "/").replace("~0", "~");
                out.append(name.chars().allMatch(Character::isDigit) ? "[" + name + "]" : "." + name);
            }
        }
        return out.toString();
    }

    private void check(Map<?, ?> schema, JsonNode node, String pointer) {
        schema.keySet().stream().map(String::valueOf).filter(k -> !KEYWORDS.contains(k)).forEach(ignored::add);
        if (schema.containsKey("type") && !typeMatches(schema.get("type"), node)) {
            violation(pointer, "expected " + typeNames(schema.get("type")) + ", found " + typeOf(node));
            return;
        }
        if (schema.get("enum") instanceof List<?> allowed && allowed.stream().noneMatch(a -> same(a, node))) {
            violation(pointer, shown(node) + " is not one of " + allowed);
        }
        bound(schema, "minimum", node, pointer);
        bound(schema, "maximum", node, pointer);
        if (node.isObject()) {
            object(schema, node, pointer);
        }
        if (node.isArray() && schema.get("items") instanceof Map<?, ?> items) {
            for (int i = 0; i < node.size(); i++) {
                check(items, node.get(i), pointer + "/" + i);
            }
        }
    }

    private void object(Map<?, ?> schema, JsonNode node, String pointer) {
        Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> p ? p : Map.of();
        List<String> required = schema.get("required") instanceof List<?> r
                ? r.stream().map(String::valueOf).toList() : List.of();
        for (String name : required) {
            if (!node.has(name)) {
                violation(child(pointer, name), "required but missing");
            }
        }
        properties.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (!(value instanceof Map<?, ?> propertySchema)) {
                throw new WorkbenchException("The schema of property '" + name + "' must be a mapping");
            }
            if (node.has(name)) {
                check(propertySchema, node.get(name), child(pointer, name));
            } else if (propertySchema.containsKey("default") && !required.contains(name)) {
                findings.add(new Finding(child(pointer, name), "missing, default " + propertySchema.get("default")
                        + " applies", false));
            }
        });
        if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
            node.fieldNames().forEachRemaining(name -> {
                if (!properties.containsKey(name)) {
                    violation(child(pointer, name), "is not an allowed property");
                }
            });
        }
    }

    private void bound(Map<?, ?> schema, String keyword, JsonNode node, String pointer) {
        Object limit = schema.get(keyword);
        if (limit == null) {
            return;
        }
        if (!(limit instanceof Number n)) {
            throw new WorkbenchException("Schema keyword '" + keyword + "' must be a number, not '" + limit + "'");
        }
        BigDecimal value = number(node);
        if (value == null) {
            return;
        }
        int cmp = value.compareTo(new BigDecimal(n.toString()));
        if (keyword.equals("minimum") ? cmp < 0 : cmp > 0) {
            violation(pointer, value.toPlainString() + " is " + (keyword.equals("minimum") ? "below" : "above")
                    + " the " + keyword + " " + n);
        }
    }

    private boolean typeMatches(Object type, JsonNode node) {
        if (type instanceof List<?> types) {
            return types.stream().anyMatch(t -> typeMatches(t, node));
        }
        return switch (String.valueOf(type)) {
            case "object" -> node.isObject();
            case "array" -> node.isArray();
            case "string" -> node.isTextual();
            case "boolean" -> node.isBoolean() || textOnly && node.isTextual()
                    && (node.asText().equals("true") || node.asText().equals("false"));
            case "number" -> number(node) != null;
            case "integer" -> isInteger(number(node));
            case "null" -> node.isNull();
            default -> throw new WorkbenchException("Unknown schema type '" + type + "'; use object, string, "
                    + "integer, number, boolean, array or null");
        };
    }

    private BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (textOnly && node.isTextual()) {
            try {
                return new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean isInteger(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() <= 0;
    }

    private boolean same(Object allowed, JsonNode node) {
        if (allowed instanceof Number n) {
            BigDecimal value = number(node);
            return value != null && value.compareTo(new BigDecimal(n.toString())) == 0;
        }
        if (allowed instanceof Boolean b) {
            return node.isBoolean() ? node.booleanValue() == b : textOnly && node.asText().equals(b.toString());
        }
        return allowed == null ? node.isNull() : node.isTextual() && node.asText().equals(String.valueOf(allowed));
    }

    private static String shown(JsonNode node) {
        String text = node.isTextual() ? "'" + node.asText() + "'" : node.isValueNode() ? node.asText() : typeOf(node);
        return text.length() > 60 ? text.substring(0, 57) + "…'" : text;
    }

    private static String typeOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "an integer" : "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "nothing (null)";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String typeNames(Object type) {
        return type instanceof List<?> types ? String.join(" or ", types.stream().map(String::valueOf).toList())
                : String.valueOf(type);
    }

    private void violation(String pointer, String message) {
        findings.add(new Finding(pointer, message, true));
    }

    private static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }
}
