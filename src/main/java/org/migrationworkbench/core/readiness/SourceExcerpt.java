package org.migrationworkbench.core.readiness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.workspace.PathGuard;

/**
 * A window of a text file of the target repository, for showing evidence in context: at most {@code MAX_LINES}
 * lines around the evidence line, numbered from {@code firstLine}; {@code line} is the one to highlight
 * (0 for none). Malformed bytes show as replacement characters; the lines of a file that holds secrets show
 * redacted ({@link SecretFiles}).
 */
public record SourceExcerpt(String file, int firstLine, List<String> lines, int line, boolean truncated) {
    public static final int MAX_LINES = 5_000;

    public SourceExcerpt {
        lines = List.copyOf(lines);
    }

    /**
     * Reads the window of {@code file} (relative to {@code repository}, which it must not leave), redacting its
     * lines when {@code secrets} says it holds secrets. Blocking.
     */
    public static SourceExcerpt read(Path repository, String file, int line, SecretFiles secrets) {
        Path root = repository.toAbsolutePath().normalize();
        Path path = new PathGuard(root, "the target repository").resolve(file).path()
                .filter(Files::isRegularFile).orElseThrow(() -> new WorkbenchException("Cannot show " + file
                        + ": it is not a file of the target repository " + root + "."));
        int first = Math.max(1, line - MAX_LINES / 2);
        List<String> lines = new ArrayList<>();
        boolean secret = secrets.holdsSecrets(file);
        boolean more = false;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder))) {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (number < first) {
                    continue;
                }
                if (lines.size() == MAX_LINES) {
                    more = true;
                    break;
                }
                lines.add(secret ? SecretLines.redact(text) : shortened(text));
            }
        } catch (IOException e) {
            throw new WorkbenchException("Cannot read " + path + ": " + e.getMessage(), e);
        }
        return new SourceExcerpt(file, first, lines, line, more || first > 1);
    }

    private static String shortened(String text) {
        return text.length() > 2_000 ? text.substring(0, 2_000) + " …" : text;
    }
}
