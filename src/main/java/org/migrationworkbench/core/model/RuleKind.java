package org.migrationworkbench.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of readiness rule; {@link #id()} is the spelling used in workbench.yaml. */
public enum RuleKind {
    PATH_EXISTS("path-exists"),
    PATH_ABSENT("path-absent"),
    MOVED("moved"),
    PATTERN_ABSENT("pattern-absent"),
    PATTERN_PRESENT("pattern-present"),
    COVERAGE("coverage"),
    CONFIG_SCHEMA("config-schema"),
    ENV_PARITY("env-parity"),
    CODE_REF("code-ref"),
    GIT("git"),
    DOC_PRESENT("doc-present"),
    COMMAND("command");

    private final String id;

    RuleKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<RuleKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(RuleKind::id).toList();
    }
}
