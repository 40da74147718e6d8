package org.migrationworkbench.core.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.migrationworkbench.core.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the user trusts a workspace to run its {@code command} rules, remembered per workspace in
 * {@code trusted-workspaces.json} under the user's config directory, keyed by the workspace's real absolute
 * path. Kept out of the workspace's own store on purpose: a shared workspace must not be able to trust itself.
 * Blocking file I/O; thread-safe.
 */
public final class WorkspaceTrust {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceTrust.class);
    private static final TypeReference<TreeMap<String, Boolean>> MAP = new TypeReference<>() { };

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public WorkspaceTrust(Path configDirectory) {
        this.file = configDirectory.resolve("trusted-workspaces.json");
    }

    public Path file() {
        return file;
    }

    /** The remembered answer for the workspace folder; empty when the user was never asked. */
    public synchronized Optional<Boolean> decision(Path workspace) {
        return Optional.ofNullable(read().get(key(workspace)));
    }

    /** Remembers the answer for the workspace folder (atomic replace of the file). */
    public synchronized void remember(Path workspace, boolean trusted) throws IOException {
        Map<String, Boolean> all = read();
        all.put(key(workspace), trusted);
        AtomicFiles.write(file, mapper.writeValueAsBytes(all));
    }

    private Map<String, Boolean> read() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            TreeMap<String, Boolean> all = mapper.readValue(file.toFile(), MAP);
            return all == null ? new TreeMap<>() : all;
        } catch (IOException | RuntimeException e) {
            // unreadable: trust nothing, and let the next answer replace the file
            LOG.warn("Trusted-workspaces file {} is unreadable; trusting no workspace", file, e);
            return new TreeMap<>();
        }
    }

    private static String key(Path workspace) {
        try {
            return workspace.toRealPath().toString();
        } catch (IOException e) {
            return workspace.toAbsolutePath().normalize().toString();
        }
    }
}
