package org.migrationworkbench.core.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.migrationworkbench.core.AtomicFiles;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Checklist;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.workspace.WorkspaceInvalidException;
import org.migrationworkbench.core.workspace.WorkspaceLoader;

/**
 * Puts an imported guide into a workspace folder: creates the workspace (workbench.yaml with the guide's
 * phases, metrics and roles) or adds the guide as a checklist of an existing one. The guide is copied to
 * {@code checklists/}; importing the same guide file again replaces that copy (item ids stay stable through
 * the checklist catalog). workbench.yaml is only ever appended to, re-validated, and restored if the result
 * does not load.
 */
public final class WorkspaceImport {
    private final WorkspaceLoader loader;

    public WorkspaceImport(WorkspaceLoader loader) {
        this.loader = loader;
    }

    /** What the import did; {@code notes} are things the user may want to adjust. */
    public record Result(Path workspace, String checklistId, Path checklistFile, boolean createdWorkspace,
                         boolean addedChecklist, List<String> notes) {
    }

    public Result importGuide(Path guideFile, Guide guide, Path into, LocalDate today) {
        Path root = into.toAbsolutePath().normalize();
        Path manifest = root.resolve(WorkspaceLoader.MANIFEST);
        List<String> notes = new ArrayList<>();
        try {
            Files.createDirectories(root.resolve("checklists"));
            if (!Files.exists(manifest)) {
                String id = idFor(guide, guideFile, Set.of());
                Path copy = copyGuide(guideFile, root, id);
                String relative = root.relativize(copy).toString();
                String title = guide.title().isBlank() ? id : guide.title();
                AtomicFiles.write(manifest, WorkspaceYaml.create(guide, title, id, relative, today, notes));
                loader.load(root);
                return new Result(root, id, copy, true, true, notes);
            }
            Workspace existing = loader.load(root).workspace();
            Optional<Checklist> same = sameGuide(existing, guideFile);
            if (same.isPresent()) {
                Files.copy(guideFile, same.get().file().orElseThrow(), StandardCopyOption.REPLACE_EXISTING);
                notes.add("re-imported into checklist '" + same.get().id() + "'; progress follows items by text");
                return new Result(root, same.get().id(), same.get().file().orElseThrow(), false, false, notes);
            }
            Set<String> taken = existing.checklists().stream().map(Checklist::id).collect(Collectors.toSet());
            String id = idFor(guide, guideFile, taken);
            Path copy = copyGuide(guideFile, root, id);
            appendChecklist(manifest, id, root.relativize(copy).toString());
            rolesNotDeclared(guide, existing).ifPresent(notes::add);
            return new Result(root, id, copy, false, true, notes);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot import " + guideFile + " into " + root + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Checklist> sameGuide(Workspace workspace, Path guideFile) {
        String name = guideFile.getFileName().toString();
        return workspace.checklists().stream()
                .filter(c -> c.file().map(f -> f.getFileName().toString().equals(name)).orElse(false))
                .findFirst();
    }

    private static String idFor(Guide guide, Path guideFile, Set<String> taken) {
        String file = guideFile.getFileName().toString().replaceFirst("\\.(md|markdown)$", "");
        String base = Slugs.of(file, 40);
        base = base.isEmpty() ? Slugs.of(guide.title(), 40) : base;
        base = base.isEmpty() ? "guide" : base;
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static Path copyGuide(Path guideFile, Path root, String id) throws IOException {
        Path target = root.resolve("checklists").resolve(id + ".md");
        if (!Files.exists(target) || !Files.isSameFile(guideFile, target)) {
            Files.copy(guideFile, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Appends a checklist entry to workbench.yaml's top-level list; restores the file if it then fails to load. */
    private void appendChecklist(Path manifest, String id, String file) throws IOException {
        String before = Files.readString(manifest, StandardCharsets.UTF_8);
        String after = ManifestText.withChecklist(before, id, file);
        AtomicFiles.write(manifest, after);
        try {
            loader.load(manifest.getParent());
        } catch (WorkspaceInvalidException e) {
            AtomicFiles.write(manifest, before);
            throw new WorkbenchException("Adding checklist '" + id + "' would make " + manifest
                    + " invalid; it was left unchanged.\n" + e.getMessage(), e);
        }
    }

    private static Optional<String> rolesNotDeclared(Guide guide, Workspace workspace) {
        List<String> missing = guide.roles().stream().filter(r -> !workspace.signoff().roles().contains(r)).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("the guide names sign-off roles the workspace "
                + "does not declare: " + String.join(", ", missing) + " (add them to signoff.roles)");
    }
}
