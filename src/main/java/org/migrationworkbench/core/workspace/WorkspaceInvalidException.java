package org.migrationworkbench.core.workspace;

import java.util.List;
import java.util.stream.Collectors;
import org.migrationworkbench.core.WorkbenchException;

/** A workspace that cannot be opened, with every problem found (errors first). */
public class WorkspaceInvalidException extends WorkbenchException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public WorkspaceInvalidException(String summary, List<Problem> problems) {
        super(summary + System.lineSeparator()
                + problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.level() == Problem.Level.ERROR).toList();
    }
}
