package org.migrationworkbench.core.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns parser exceptions into one-line messages without the library's snippets and stack noise. */
final class YamlMessages {
    private YamlMessages() {
    }

    static String syntax(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.CharConversionException
                    || t instanceof java.nio.charset.CharacterCodingException) {
                return "not UTF-8 text (is this a binary file?)";
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException marked) {
            String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
            return "YAML syntax error: " + context + marked.getProblem();
        }
        if (cause instanceof YAMLException yaml) {
            return "YAML error: " + firstLine(yaml.getMessage());
        }
        if (e instanceof StreamConstraintsException) {
            return "document too large or too deeply nested: " + firstLine(e.getOriginalMessage());
        }
        String message = firstLine(e.getOriginalMessage());
        if (isDuplicateKey(e)) {
            return "duplicate key " + message.substring("Duplicate field ".length())
                    + ": each key may appear once in a mapping";
        }
        return "YAML error: " + message;
    }

    /** True for the parser's report of a key repeated in one mapping. */
    static boolean isDuplicateKey(JsonProcessingException e) {
        return firstLine(e.getOriginalMessage()).startsWith("Duplicate field");
    }

    static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).trim();
    }
}
