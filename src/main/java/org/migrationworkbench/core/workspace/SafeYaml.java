package org.migrationworkbench.core.workspace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML document with limits that make hostile input harmless: a size cap, duplicate keys rejected,
 * no aliases (so an alias bomb is refused at its first alias, never expanded), no custom tags, bounded
 * nesting. The tree comes back with a {@link SourceMap} of where every node starts.
 */
public final class SafeYaml {
    /** Largest accepted document, in bytes. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    static final int MAX_CODE_POINTS = 3_000_000;
    private static final java.util.Set<String> STANDARD_TAGS = java.util.Set.of("str", "int", "float", "bool",
            "null", "seq", "map").stream().map(t -> "tag:yaml.org,2002:" + t)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final ObjectMapper mapper;

    public SafeYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(40);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_BYTES).maxNestingDepth(40).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** The mapper that binds trees read here to data classes (strict about unknown fields). */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** A parsed document, with the positions of its nodes and the problems found while reading. */
    public record Document(JsonNode root, SourceMap sources, List<Problem> problems) {
    }

    /**
     * Parses one document. Syntax errors, limit violations, aliases and custom tags come back as a problem
     * with an empty root.
     */
    public Document read(InputStream in, String fileName) throws IOException {
        SourceMap sources = new SourceMap();
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = new LocatingParser(mapper.getFactory().createParser(in), sources, fileName)) {
            JsonNode root = mapper.readTree(parser);
            return new Document(root == null ? MissingNode.getInstance() : root, sources, problems);
        } catch (Refused e) {
            problems.add(e.problem);
            return new Document(MissingNode.getInstance(), sources, problems);
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(e, fileName));
            return new Document(MissingNode.getInstance(), sources, problems);
        }
    }

    private static Problem syntaxProblem(JsonProcessingException e, String fileName) {
        JsonLocation at = e.getLocation();
        if (YamlMessages.isDuplicateKey(e) && e instanceof StreamReadException read && read.getProcessor() != null) {
            // the exception points past the end of the repeated key; report where that key starts
            at = read.getProcessor().currentTokenLocation();
        }
        int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
        int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
        return new Problem(Problem.Level.ERROR, fileName, line, column, "", YamlMessages.syntax(e));
    }

    /** Stops reading at the first construct that is not allowed. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }
    }

    /** Records positions as tokens stream by, and refuses aliases and custom tags at once. */
    private static final class LocatingParser extends JsonParserDelegate {
        private final SourceMap sources;
        private final String fileName;

        LocatingParser(JsonParser d, SourceMap sources, String fileName) {
            super(d);
            this.sources = sources;
            this.fileName = fileName;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = delegate.nextToken();
            if (token == null || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                return token;
            }
            JsonLocation at = delegate.currentTokenLocation();
            SourceMap.Position position = new SourceMap.Position(at.getLineNr(), at.getColumnNr());
            String pointer = delegate.getParsingContext().pathAsPointer().toString();
            if (token == JsonToken.FIELD_NAME) {
                sources.putKey(pointer, position);
                return token;
            }
            sources.putValue(pointer, position);
            YAMLParser yaml = (YAMLParser) delegate;
            if (yaml.isCurrentAlias()) {
                throw new Refused(problem(position, pointer, "YAML aliases (*" + yaml.getText()
                        + ") are not supported in workspace files; write the value out"));
            }
            String tag = yaml.getTypeId();
            if (tag != null && !STANDARD_TAGS.contains(tag)) {
                throw new Refused(problem(position, pointer, "YAML tag '" + tag + "' is not allowed; only plain "
                        + "values, lists and mappings"));
            }
            return token;
        }

        private Problem problem(SourceMap.Position at, String pointer, String message) {
            return new Problem(Problem.Level.ERROR, fileName, at.line(), at.column(), SourceMap.display(pointer),
                    message);
        }
    }
}
