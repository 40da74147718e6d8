package org.migrationworkbench.core.workspace.yaml;

import java.util.List;

/** A checklist declaration as written in workbench.yaml. */
public class ChecklistDoc {
    public String id;
    public String title;
    public String file;
    public List<String> items;
    public String phase;
}
