package org.migrationworkbench.core.workspace.yaml;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/** A phase's gates as written in workbench.yaml. */
public class GatesDoc {
    @JsonSetter(contentNulls = Nulls.FAIL)
    public List<String> checklists;
    @JsonSetter(contentNulls = Nulls.FAIL)
    public List<String> rules;
    @JsonSetter(contentNulls = Nulls.FAIL)
    public List<String> comparisons;
    @JsonSetter(contentNulls = Nulls.FAIL)
    public List<String> signoffs;
}
