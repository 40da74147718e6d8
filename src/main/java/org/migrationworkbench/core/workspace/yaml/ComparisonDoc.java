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
    @JsonSetter(contentNulls = Nulls.FAIL)
    public java.util.Map<String, String> arrays;
    public TextDoc text;
    public String rerun;
    public String phase;

    /** Numeric tolerance as written: a default, and per field (JSON path or CSV column). */
    public static class ToleranceDoc {
        public Double absolute;
        public Double relative;
        @JsonSetter(contentNulls = Nulls.FAIL)
        public java.util.Map<String, ToleranceDoc> fields;
    }

    /** Text options as written. */
    public static class TextDoc {
        @com.fasterxml.jackson.annotation.JsonProperty("ignore_whitespace")
        public boolean ignoreWhitespace;
        @com.fasterxml.jackson.annotation.JsonProperty("ignore_case")
        public boolean ignoreCase;
        @com.fasterxml.jackson.annotation.JsonProperty("ignore_blank_lines")
        public boolean ignoreBlankLines;
        @JsonSetter(contentNulls = Nulls.FAIL)
        public List<NormalizeDoc> normalize;
    }

    /** A regex normalizer as written. */
    public static class NormalizeDoc {
        public String name;
        public String pattern;
        public String replace;
    }
}
