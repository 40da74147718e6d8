package org.migrationworkbench.core.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Binds one YAML node to a data class, turning binding failures into located problems. */
final class DocBinder {
    private final ObjectMapper mapper;
    private final Problems problems;

    DocBinder(ObjectMapper mapper, Problems problems) {
        this.mapper = mapper;
        this.problems = problems;
    }

    /** The bound value, or empty after reporting why the node does not fit {@code type}. */
    <T> Optional<T> bind(JsonNode node, Class<T> type, String pointer) {
        if (!node.isObject()) {
            problems.error(pointer, "expected a mapping of fields, found " + describe(node));
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readerFor(type).withHandler(new UnknownFields(pointer)).readValue(node));
        } catch (InvalidNullException e) {
            problems.error(pointer + pathOf(e), "empty list entry; write a value or remove the entry");
        } catch (MismatchedInputException e) {
            problems.error(pointer + pathOf(e), "expected " + expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            problems.error(pointer + pathOf(e), YamlMessages.firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            problems.error(pointer, YamlMessages.firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.error(pointer, "unreadable: " + e.getMessage());
        }
        return Optional.empty();
    }

    static String describe(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        return "'" + node.asText() + "'";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
        }
        return pointer.toString();
    }

    /** Reports unknown fields and skips them, so one typo does not hide the rest of the element. */
    private final class UnknownFields extends DeserializationProblemHandler {
        private final String pointer;

        UnknownFields(String pointer) {
            this.pointer = pointer;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object bean, String name)
                throws IOException {
            String at = pointer + parser.getParsingContext().pathAsPointer();
            problems.errorAtKey(at, "unknown field '" + name + "' (known: "
                    + known(deserializer.getKnownPropertyNames()) + ")");
            parser.skipChildren();
            return true;
        }
    }

    private static String known(Collection<Object> ids) {
        TreeSet<String> names = new TreeSet<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        return String.join(", ", names);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == String.class) {
            return "a single text value";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || List.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a mapping of fields";
    }
}
