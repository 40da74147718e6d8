package org.migrationworkbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every workspace command shares: {@code --workspace DIR} and {@code --json}. */
final class WorkspaceOptions {
    @Option(names = "--workspace", paramLabel = "DIR", required = true, description = "Workspace folder.")
    Path workspace;

    @Option(names = "--json", description = "Print one JSON document on stdout and nothing else there.")
    boolean json;
}
