package org.migrationworkbench.core.workspace.yaml;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A phase as written in workbench.yaml. */
public class PhaseDoc {
    public String id;
    public String title;
    public String start;
    public String end;
    /** {@code [from, to]} or one number. */
    public JsonNode weeks;
    @JsonProperty("depends_on")
    @JsonSetter(contentNulls = Nulls.FAIL)
    public List<String> dependsOn;
    public String risk;
    public String owner;
    public String description;
    public GatesDoc gates;
}
