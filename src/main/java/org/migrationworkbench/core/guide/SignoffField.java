package org.migrationworkbench.core.guide;

import java.util.Objects;

/** A blank line to fill in at sign-off, such as {@code **Migration Lead**: ______} or {@code **Date Completed**: ___}. */
public record SignoffField(String name, int line) {
    public SignoffField {
        Objects.requireNonNull(name, "name");
    }
}
