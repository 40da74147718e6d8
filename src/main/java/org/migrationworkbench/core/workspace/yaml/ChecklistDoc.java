package org.migrationworkbench.core.workspace.yaml;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/** A checklist declaration as written in workbench.yaml. */
public class ChecklistDoc {
    public String id;
    public String title;
    public String file;
    @JsonSetter(contentNulls = Nulls.FAIL)
    public List<String> items;
    public String phase;
}
