package org.migrationworkbench.core.workspace.yaml;

/** A success metric as written in workbench.yaml. */
public class MetricDoc {
    public String name;
    public String target;
    public String actual;
    public String phase;
}
