package org.migrationworkbench.core.workspace.yaml;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Top level of workbench.yaml as written; list elements are bound one by one so each error is located. */
public class WorkspaceDoc {
    public String name;
    public String description;
    public String target;
    @JsonProperty("main_branch")
    public String mainBranch;
    public String start;
    public List<JsonNode> phases;
    public List<JsonNode> checklists;
    public List<JsonNode> rules;
    public List<JsonNode> comparisons;
    public List<JsonNode> metrics;
    public SignoffDoc signoff;
}
