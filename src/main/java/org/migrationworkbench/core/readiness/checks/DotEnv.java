package org.migrationworkbench.core.readiness.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationworkbench.core.WorkbenchException;

/**
 * The variable names a dotenv file defines, with the line of each (first definition wins). Values are read
 * past but never kept, so nothing built from this can leak a secret. Understands {@code KEY=VALUE},
 * {@code export KEY=VALUE}, blank lines, {@code #} comments and single- or double-quoted values that span
 * lines.
 */
record DotEnv(Map<String, Integer> names) {
    private static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final Pattern ASSIGNMENT =
            Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s*(.*)$");

    DotEnv {
        names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    static DotEnv read(Path file, String fileName) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new WorkbenchException("The env file " + fileName + " is larger than 8 MB; is it really a dotenv "
                    + "file?");
        }
        return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList());
    }

    static DotEnv parse(List<String> lines) {
        Map<String, Integer> names = new LinkedHashMap<>();
        char openQuote = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (openQuote != 0) {
                if (line.indexOf(openQuote) >= 0) {
                    openQuote = 0;
                }
                continue;
            }
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Matcher m = ASSIGNMENT.matcher(line);
            if (m.matches()) {
                names.putIfAbsent(m.group(1), i + 1);
                openQuote = unclosedQuote(m.group(2));
            }
        }
        return new DotEnv(names);
    }

    /** The quote a value opens and does not close on its line, or 0. */
    private static char unclosedQuote(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        char first = value.charAt(0);
        if (first != '"' && first != '\'') {
            return 0;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && first == '"') {
                i++;
            } else if (c == first) {
                return 0;
            }
        }
        return first;
    }

    boolean defines(String name) {
        return names.containsKey(name);
    }

    int lineOf(String name) {
        return names.getOrDefault(name, 0);
    }
}
