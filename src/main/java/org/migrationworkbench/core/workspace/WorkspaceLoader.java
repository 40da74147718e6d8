package org.migrationworkbench.core.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and validates a workspace folder. Thread-safe and free of UI types; call it off the FX thread.
 * Throws {@link WorkspaceInvalidException} listing every problem when the folder cannot be used.
 */
public final class WorkspaceLoader {
    public static final String MANIFEST = "workbench.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceLoader.class);

    private final SafeYaml yaml = new SafeYaml();

    public LoadedWorkspace load(Path folder) {
        long started = System.nanoTime();
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new WorkbenchException("Cannot open workspace " + folder + ": it is not a folder.");
        }
        Path manifest = root.resolve(MANIFEST);
        String fileName = folder.resolve(MANIFEST).toString();
        if (!Files.isRegularFile(manifest)) {
            throw new WorkspaceInvalidException("Cannot open workspace " + folder + ".", List.of(new Problem(
                    Problem.Level.ERROR, fileName, 1, 1, "", "no " + MANIFEST
                    + " here: a workspace folder holds a workbench.yaml (see docs/workspace-format.md)")));
        }
        SafeYaml.Document document = read(manifest, fileName);
        if (document.root().isMissingNode() && document.problems().isEmpty()) {
            // no YAML document at all (empty, or only comments): nothing else would report it
            throw new WorkspaceInvalidException(fileName + " is empty.", List.of(new Problem(Problem.Level.ERROR,
                    fileName, 1, 1, "", "the file is empty; a workspace needs at least 'name', 'target' and "
                    + "'phases' (see docs/workspace-format.md)")));
        }
        WorkspaceValidator validator = new WorkspaceValidator(root, manifest, fileName, document, yaml);
        Optional<Workspace> workspace = document.root().isMissingNode() ? Optional.empty() : validator.validate();
        List<Problem> problems = document.root().isMissingNode() ? document.problems() : validator.problems();
        if (workspace.isEmpty()) {
            long errors = problems.stream().filter(p -> p.level() == Problem.Level.ERROR).count();
            throw new WorkspaceInvalidException(fileName + " has " + errors + (errors == 1 ? " error" : " errors")
                    + ".", problems);
        }
        LOG.info("Loaded workspace {} in {} ms ({} warnings)", root, (System.nanoTime() - started) / 1_000_000,
                problems.size());
        return new LoadedWorkspace(workspace.get(), problems);
    }

    private SafeYaml.Document read(Path manifest, String fileName) {
        try {
            long size = Files.size(manifest);
            if (size > SafeYaml.MAX_BYTES) {
                throw new WorkspaceInvalidException("Cannot open " + fileName + ".", List.of(new Problem(
                        Problem.Level.ERROR, fileName, 1, 1, "", String.format(Locale.ROOT,
                        "file is %,d bytes; workspace files may be at most %d MiB (%,d bytes)", size,
                        SafeYaml.MAX_BYTES / (1024 * 1024), SafeYaml.MAX_BYTES))));
            }
            try (InputStream in = Files.newInputStream(manifest)) {
                return yaml.read(in, fileName);
            }
        } catch (IOException e) {
            throw new WorkbenchException("Cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }
}
