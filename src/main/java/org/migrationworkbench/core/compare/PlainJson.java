package org.migrationworkbench.core.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes documents made of maps, lists, strings, numbers and booleans with Jackson's streaming generator: the
 * compare CLI's JSON without starting Jackson databind, which costs a noticeable part of a short run.
 */
public final class PlainJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private PlainJson() {
    }

    public static void write(Object document, Writer out, boolean pretty) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            value(g, document);
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toString(Object document) {
        StringWriter w = new StringWriter();
        write(document, w, false);
        return w.toString();
    }

    /** Creates a streaming generator; callers close it. */
    static JsonGenerator generator(java.io.OutputStream out) throws IOException {
        return FACTORY.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8);
    }

    /** Writes one value (a map, list, string, number, boolean or null) to a generator. */
    static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object x : l) {
                value(g, x);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Long || v instanceof Integer) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else {
            g.writeString(v.toString());
        }
    }
}
