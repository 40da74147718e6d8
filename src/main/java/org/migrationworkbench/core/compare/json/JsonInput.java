package org.migrationworkbench.core.compare.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.InputLimits;

/** The Jackson set-up of JSON comparisons and the translation of its errors into user messages. */
final class JsonInput {
    /** Nesting deeper than this is refused (the full comparison of a record recurses). */
    static final int MAX_DEPTH = 2_000;

    /**
     * Strings and member names are held whole, so both are bounded ({@link InputLimits#LONGEST_ITEM} characters);
     * names get the bound of strings so that Jackson never refuses a name the byte reader has read. A name twice in
     * one object is refused: the last value would silently win.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(Long.MAX_VALUE)
                    .maxStringLength(InputLimits.LONGEST_ITEM)
                    .maxNameLength(InputLimits.LONGEST_ITEM)
                    .maxNumberLength(100_000)
                    .maxNestingDepth(MAX_DEPTH)
                    .build())
            .build();

    /** Jackson's message for a name that occurs twice ({@code STRICT_DUPLICATE_DETECTION}). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private JsonInput() {
    }

    /**
     * A limit of {@link #FACTORY} passed at the parser's current token: Jackson's exception carries no place, so it
     * is taken from the parser.
     */
    static WorkbenchException limit(Path file, JsonParser p, StreamConstraintsException e) {
        JsonLocation at = p.currentTokenLocation();
        String where = file + ":" + at.getLineNr() + ":" + at.getColumnNr();
        String message = e.getOriginalMessage();
        String what = message.startsWith("String value length") ? "a string"
                : message.startsWith("Name length") ? "a member name" : null;
        if (what == null) {
            return new WorkbenchException(where + ": the JSON passes a limit of the comparison (" + message + ").", e);
        }
        return new WorkbenchException(where + ": " + what + " is longer than " + String.format(Locale.ROOT, "%,d",
                InputLimits.LONGEST_ITEM) + " characters, the longest a JSON comparison reads.", e);
    }

    static WorkbenchException error(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
        Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
        if (duplicate.matches()) {
            return new WorkbenchException(where + ": the member name '" + duplicate.group(1) + "' occurs twice in one"
                    + " object; JSON does not say which value counts (RFC 8259, section 4), so it is not compared."
                    + " Write each name once.", e);
        }
        return new WorkbenchException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
    }

    static WorkbenchException error(Path file, IOException e) {
        if (e instanceof JsonProcessingException j) {
            return error(file, j);
        }
        return new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
}
