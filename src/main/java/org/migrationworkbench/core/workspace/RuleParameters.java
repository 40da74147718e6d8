package org.migrationworkbench.core.workspace;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationworkbench.core.model.RuleKind;

/** The parameters each rule kind takes: their names, types and which are required. */
final class RuleParameters {
    /** What a parameter's value must be. */
    enum Type {
        GLOBS, TARGET_PATH, WORKSPACE_PATH, TEXT, TEXTS, RATIO, COUNT, REGEX, MAPPING, CHOICE, DATE, SECONDS,
        CODE_REFS
    }

    /** One parameter of a kind; {@code choices} only for {@link Type#CHOICE}. */
    record Param(String name, Type type, boolean required, List<String> choices) {
    }

    /** A kind's parameters and the groups of which at least one must be given. */
    record Spec(Map<String, Param> params, List<List<String>> oneOf) {
    }

    private static final Map<RuleKind, Spec> SPECS = new EnumMap<>(RuleKind.class);

    static {
        Spec paths = spec(List.of(), req("paths", Type.GLOBS));
        SPECS.put(RuleKind.PATH_EXISTS, paths);
        SPECS.put(RuleKind.PATH_ABSENT, paths);
        SPECS.put(RuleKind.MOVED, spec(List.of(), req("from", Type.TARGET_PATH), req("to", Type.TARGET_PATH),
                opt("similar", Type.RATIO)));
        Spec pattern = spec(List.of(), req("pattern", Type.REGEX), req("files", Type.GLOBS), opt("max", Type.COUNT));
        SPECS.put(RuleKind.PATTERN_ABSENT, pattern);
        SPECS.put(RuleKind.PATTERN_PRESENT, pattern);
        SPECS.put(RuleKind.COVERAGE, spec(List.of(), req("report", Type.TARGET_PATH), req("min", Type.RATIO),
                choice("metric", "line", "branch"), opt("path", Type.TEXT)));
        SPECS.put(RuleKind.CONFIG_SCHEMA, spec(List.of(), req("file", Type.TARGET_PATH),
                req("schema", Type.MAPPING)));
        SPECS.put(RuleKind.ENV_PARITY, spec(List.of(List.of("example", "required")), req("env", Type.TARGET_PATH),
                opt("example", Type.TARGET_PATH), opt("required", Type.TEXTS), opt("forbidden", Type.TEXTS)));
        SPECS.put(RuleKind.CODE_REF, spec(List.of(List.of("refs", "guide")), opt("refs", Type.CODE_REFS),
                opt("guide", Type.WORKSPACE_PATH)));
        SPECS.put(RuleKind.GIT, spec(List.of(), new Param("check", Type.CHOICE, true,
                        List.of("clean", "merged", "tag", "fresh", "frozen")), opt("branch", Type.TEXT),
                opt("into", Type.TEXT), opt("tag", Type.TEXT), opt("path", Type.GLOBS), opt("days", Type.COUNT),
                opt("after", Type.DATE)));
        SPECS.put(RuleKind.DOC_PRESENT, spec(List.of(), req("file", Type.TARGET_PATH), req("headings", Type.TEXTS)));
        SPECS.put(RuleKind.COMMAND, spec(List.of(), req("run", Type.TEXT), opt("timeout", Type.SECONDS)));
    }

    private RuleParameters() {
    }

    static Spec of(RuleKind kind) {
        return SPECS.get(kind);
    }

    private static Spec spec(List<List<String>> oneOf, Param... params) {
        Map<String, Param> byName = new LinkedHashMap<>();
        for (Param p : params) {
            byName.put(p.name(), p);
        }
        return new Spec(byName, oneOf);
    }

    private static Param req(String name, Type type) {
        return new Param(name, type, true, List.of());
    }

    private static Param opt(String name, Type type) {
        return new Param(name, type, false, List.of());
    }

    private static Param choice(String name, String... choices) {
        return new Param(name, Type.CHOICE, false, List.of(choices));
    }
}
