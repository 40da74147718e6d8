package org.migrationworkbench.core.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import org.migrationworkbench.core.WorkbenchException;

/**
 * The sample as the application carries it: {@code configs/sample/} (the workspace) and
 * {@code configs/sample-target/} (the recipe of its repository) on the class path, either as plain folders
 * ({@code target/classes}) or inside the jar, where they are read through a zip file system that
 * {@link #close()} closes again.
 */
final class BundledSample implements AutoCloseable {
    static final String WORKSPACE = "configs/sample/";
    static final String TARGET = "configs/sample-target/";
    static final String VERSION = "configs/sample.version";

    private final Path workspace;
    private final Path target;
    private final FileSystem opened;

    private BundledSample(Path workspace, FileSystem opened) {
        this.workspace = workspace;
        this.target = workspace.resolveSibling("sample-target");
        this.opened = opened;
    }

    /** Reads the version string of the bundled sample; cheap, used on every start. */
    static String version(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(VERSION)) {
            if (in == null) {
                throw missing(VERSION);
            }
            String version = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (version.isEmpty()) {
                throw new WorkbenchException("The bundled " + VERSION + " is empty. Reinstall the application.");
            }
            return version;
        } catch (IOException e) {
            throw new WorkbenchException("Cannot read the bundled " + VERSION + ". Reinstall the application.", e);
        }
    }

    static BundledSample open(ClassLoader loader) throws IOException {
        URL url = loader.getResource(WORKSPACE + "workbench.yaml");
        if (url == null) {
            throw missing(WORKSPACE + "workbench.yaml");
        }
        URI uri = toUri(url);
        switch (uri.getScheme()) {
            case "file":
                return new BundledSample(Path.of(uri).getParent(), null);
            case "jar":
                FileSystem opened = null;
                try {
                    opened = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // someone else opened the jar; use theirs and leave it open
                }
                return new BundledSample(Path.of(uri).getParent(), opened);
            default:
                throw new WorkbenchException("Cannot read the bundled sample from " + uri
                        + ": only folders and jar files are supported.");
        }
    }

    /** The folder holding workbench.yaml, checklists/ and outputs/. */
    Path workspace() {
        return workspace;
    }

    /** The folder holding history.yaml and the overlays of the sample repository. */
    Path target() {
        return target;
    }

    @Override
    public void close() throws IOException {
        if (opened != null) {
            opened.close();
        }
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new WorkbenchException("Cannot read the bundled sample from " + url + ".", e);
        }
    }

    private static WorkbenchException missing(String resource) {
        return new WorkbenchException("The application is incomplete: " + resource
                + " is missing from its class path. Reinstall the application.");
    }
}
