package org.migrationworkbench.core.workspace.yaml;

import java.util.List;

/** A phase's gates as written in workbench.yaml. */
public class GatesDoc {
    public List<String> checklists;
    public List<String> rules;
    public List<String> comparisons;
    public List<String> signoffs;
}
