package org.migrationworkbench.core.workspace.yaml;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A rule as written in workbench.yaml: the common fields, and every other field as a kind parameter. */
public class RuleDoc {
    public String id;
    public String title;
    public String kind;
    public String phase;
    public String category;
    public String severity;
    public String description;
    public final Map<String, Object> parameters = new LinkedHashMap<>();

    @JsonAnySetter
    public void parameter(String name, Object value) {
        parameters.put(name, value);
    }
}
