package org.migrationworkbench.core.model;

import java.util.List;

/** Who may sign gates of this workspace. */
public record SignoffPolicy(List<String> roles) {
    public static final SignoffPolicy NONE = new SignoffPolicy(List.of());

    public SignoffPolicy {
        roles = List.copyOf(roles);
    }
}
