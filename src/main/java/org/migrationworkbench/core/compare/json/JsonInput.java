package org.migrationworkbench.core.compare.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.file.Path;
import org.migrationworkbench.core.WorkbenchException;

/** The Jackson set-up of JSON comparisons and the translation of its errors into user messages. */
final class JsonInput {
    /** Nesting deeper than this is refused (the full comparison of a record recurses). */
    static final int MAX_DEPTH = 2_000;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(Long.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(100_000)
                    .maxNestingDepth(MAX_DEPTH)
                    .build())
            .build();

    private JsonInput() {
    }

    static WorkbenchException error(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new WorkbenchException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
    }

    static WorkbenchException error(Path file, IOException e) {
        if (e instanceof JsonProcessingException j) {
            return error(file, j);
        }
        return new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
}
