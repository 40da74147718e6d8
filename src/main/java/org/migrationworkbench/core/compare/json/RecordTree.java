package org.migrationworkbench.core.compare.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A light tree of one record, read with the streaming parser: objects are {@link Map}s (in file order), arrays
 * {@link List}s, strings {@link String}s, numbers {@link Num} (their text, compared exactly in decimal),
 * booleans {@link Boolean}s and null {@link #NULL}. Measured on the large bench pair (21,500 record pairs
 * compared in full): Jackson's databind trees with exact decimals took 1.0 s CPU in a fresh JVM, this tree a
 * fraction of that, because it runs on the reader code the first pass has already made hot (so it is read
 * with {@link JsonBytes}, as the first pass is, and with Jackson's parser only where that reader gives up).
 */
final class RecordTree {
    /** JSON null. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** A number as written; equal to another when their decimal values are equal ({@code 10.0} = {@code 10}). */
    record Num(String text) {
        BigDecimal value() {
            return new BigDecimal(text);
        }
    }

    private RecordTree() {
    }

    /** The tree of one record's bytes, read with {@link JsonBytes}, or with Jackson where that does not handle them. */
    static Object read(byte[] bytes) throws IOException {
        try {
            return ByteTree.read(bytes);
        } catch (JsonBytes.NotHandled e) {
            try (JsonParser p = JsonInput.FACTORY.createParser(bytes)) {
                return value(p, p.nextToken());
            }
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Num(p.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> NULL;
            default -> throw new IOException("Unexpected token " + t);
        };
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            m.put(name, value(p, p.nextToken()));
        }
        return m;
    }

    private static List<Object> array(JsonParser p) throws IOException {
        List<Object> l = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            l.add(value(p, t));
        }
        return l;
    }

    /** Compact JSON of a value. */
    static String literal(Object v) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonInput.FACTORY.createGenerator(out)) {
            write(g, v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Num n) {
            g.writeNumber(n.text());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeNull();
        }
    }
}
