package org.migrationworkbench.core.workspace.yaml;

import java.util.List;

/** The sign-off policy as written in workbench.yaml. */
public class SignoffDoc {
    public List<String> roles;
}
