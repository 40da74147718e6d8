package org.migrationworkbench.core.workspace.yaml;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/** A comparison as written in workbench.yaml. */
public class ComparisonDoc {
    public String id;
    public String title;
    public String old;
    @com.fasterxml.jackson.annotation.JsonProperty("new")
    public String newSide;
    public String format;
    @JsonSetter(contentNulls = Nulls.FAIL)
    public List<String> key;
    @JsonSetter(contentNulls = Nulls.FAIL)
    public List<String> ignore;
    public ToleranceDoc tolerance;
    public String phase;

    /** Numeric tolerance as written. */
    public static class ToleranceDoc {
        public Double absolute;
        public Double relative;
    }
}
