package org.migrationworkbench.core.readiness.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.workspace.Problem;
import org.migrationworkbench.core.workspace.SafeYaml;

/**
 * A configuration file of the target repository as a tree, with the line where each node (by JSON pointer)
 * starts. YAML and JSON go through {@link SafeYaml} (size cap, no aliases or custom tags, bounded nesting;
 * JSON is read as the YAML it also is). A {@code .properties} file becomes a tree by splitting keys at dots,
 * its values all text ({@code textOnly}: the validator then accepts "4" as an integer).
 */
record ConfigDocument(JsonNode root, ToIntFunction<String> lines, boolean textOnly, Optional<Problem> problem) {
    private static final Pattern PROPERTY_KEY = Pattern.compile("^\\s*((?:\\\\.|[^=:\\s\\\\])+)");

    int lineOf(String pointer) {
        return lines.applyAsInt(pointer);
    }

    static ConfigDocument read(Path file, String fileName) throws IOException {
        if (Files.size(file) > SafeYaml.MAX_BYTES) {
            throw new WorkbenchException("The config file " + fileName + " is larger than 8 MB and was not read");
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".properties")) {
            return properties(Files.readString(file, StandardCharsets.ISO_8859_1));
        }
        try (InputStream in = Files.newInputStream(file)) {
            SafeYaml.Document doc = new SafeYaml().read(in, fileName);
            return new ConfigDocument(doc.root(), pointer -> yamlLine(doc, pointer), false,
                    doc.problems().stream().findFirst());
        }
    }

    /** The line of a node's key (a mapping value may start lines later); a missing node: its closest parent. */
    private static int yamlLine(SafeYaml.Document doc, String pointer) {
        String p = pointer;
        while (!p.isEmpty() && doc.root().at(p).isMissingNode()) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return p.isEmpty() ? 1 : doc.sources().key(p).line();
    }

    private static ConfigDocument properties(String text) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(text));
        Map<String, Integer> lines = new HashMap<>();
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            Matcher m = PROPERTY_KEY.matcher(all.get(i));
            if (m.find() && !m.group(1).startsWith("#") && !m.group(1).startsWith("!")) {
                lines.putIfAbsent(pointerOf(m.group(1).replace("\\", "")), i + 1);
            }
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (String key : new java.util.TreeSet<>(props.stringPropertyNames())) {
            put(root, key.split("\\."), props.getProperty(key));
        }
        return new ConfigDocument(root, pointer -> nearest(lines, pointer), true, Optional.empty());
    }

    private static void put(ObjectNode root, String[] parts, String value) {
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        if (!(node.get(parts[parts.length - 1]) instanceof ObjectNode)) {
            node.put(parts[parts.length - 1], value);
        }
    }

    private static String pointerOf(String key) {
        return "/" + String.join("/", key.split("\\."));
    }

    private static int nearest(Map<String, Integer> lines, String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            Integer exact = lines.get(p);
            if (exact != null) {
                return exact;
            }
            String prefix = p + "/";
            Optional<Integer> first = lines.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .map(Map.Entry::getValue).min(Integer::compare);
            if (first.isPresent()) {
                return first.get();
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return 0;
    }
}
