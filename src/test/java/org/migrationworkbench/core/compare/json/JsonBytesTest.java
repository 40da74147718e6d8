package org.migrationworkbench.core.compare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationworkbench.core.compare.json.JsonBytes.NotHandled;

class JsonBytesTest {
    private static final String DOCUMENT = """
            [
              {"id": "a\\"b\\\\c\\u00e9\\n", "n": -0.50e+3, "i": 0, "big": 12345678901234567890,
               "t": true, "f": false, "z": null, "nested": [[], {}, [1, [2, {"x": "é€𝄞"}]]]},\r
              {"id": "line three", "s": "", "arr": [ 1 , 2 ,3 ]}\r\r
            , "scalar"
            ]
            """;

    /** Every token as Jackson reads it: kind, text, start offset and line. */
    private static List<String> jackson(byte[] json) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonParser p = JsonInput.FACTORY.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String text = t == JsonToken.FIELD_NAME ? p.currentName()
                        : t.isScalarValue() ? p.getText() : t.asString();
                out.add(kind(t) + " " + text + " @" + p.currentTokenLocation().getByteOffset() + " line "
                        + p.currentTokenLocation().getLineNr());
            }
        }
        return out;
    }

    private static String kind(JsonToken t) {
        return switch (t) {
            case START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY -> "bracket";
            case FIELD_NAME -> "name";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT -> "int";
            case VALUE_NUMBER_FLOAT -> "float";
            default -> "literal";
        };
    }

    private static List<String> bytes(byte[] json, int bufferSize) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonBytes in = new JsonBytes(new ByteArrayInputStream(json), bufferSize)) {
            int t;
            while ((t = in.next()) != JsonBytes.END) {
                String text = switch (t) {
                    case JsonBytes.OBJECT_START -> "{";
                    case JsonBytes.OBJECT_END -> "}";
                    case JsonBytes.ARRAY_START -> "[";
                    case JsonBytes.ARRAY_END -> "]";
                    default -> JsonText.decode(in.buffer(), in.start(), in.end(), t == JsonBytes.STRING
                            || t == JsonBytes.NAME ? in.escaped() : false);
                };
                String kind = t <= JsonBytes.ARRAY_END ? "bracket" : t == JsonBytes.NAME ? "name"
                        : t == JsonBytes.STRING ? "string" : t == JsonBytes.INT ? "int"
                        : t == JsonBytes.FLOAT ? "float" : "literal";
                out.add(kind + " " + text + " @" + in.tokenOffset() + " line " + in.tokenLine());
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 64, 1 << 17})
    void readsEveryTokenAsJacksonDoesWhateverTheBufferSize(int bufferSize) throws IOException {
        byte[] json = DOCUMENT.getBytes(StandardCharsets.UTF_8);

        assertThat(bytes(json, bufferSize)).containsExactlyElementsOf(jackson(json));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 1 << 17})
    void jsonLinesAreRootValuesSeparatedByWhitespace(int bufferSize) throws IOException {
        byte[] json = "{\"a\": 1}\n{\"a\": 2}\r\n\n[3]\n\"x\" 4 true\n".getBytes(StandardCharsets.UTF_8);

        assertThat(bytes(json, bufferSize)).containsExactlyElementsOf(jackson(json));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 1 << 17})
    void aStringLongerThanTheBufferGrowsIt(int bufferSize) throws IOException {
        String big = "x".repeat(300_000) + "é";
        byte[] json = ("[\"" + big + "\", 1]").getBytes(StandardCharsets.UTF_8);

        List<String> tokens = bytes(json, bufferSize);

        assertThat(tokens).hasSize(4);
        assertThat(tokens.get(1)).startsWith("string " + big + " @1 ");
        assertThat(tokens.get(2)).startsWith("int 1 @");
    }

    @org.junit.jupiter.api.Test
    void aStringLongerThanTheBoundIsLeftToJackson() {
        byte[] json = ("[\"" + "x".repeat(5000) + "\"]").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> {
            try (JsonBytes in = new JsonBytes(new ByteArrayInputStream(json), 4, 1024)) {
                while (in.next() != JsonBytes.END) {
                    assertThat(in.buffer().length).isLessThanOrEqualTo(1024);
                }
            }
        }).isInstanceOf(NotHandled.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[01]", "[1.]", "[.5]", "[-]", "[+1]", "[1e]", "[1.5.2]", "[NaN]", "[1,]", "[,1]", "{\"a\":1,}",
        "{\"a\" 1}", "{a:1}", "['a']", "[\"a\\x\"]", "[\"\\u12G4\"]", "[\"tab\there\"]", "[tru]", "[nul]",
        "[1 2]", "[1]]", "{\"a\":1]", "[}", "// c\n[1]", "{}{}", "1true", "[\"open", "[1",
        "\uFEFF[1]", "{\"a\":1,\"a\":2}", "[{\"a\":{},\"b\":[1],\"\\u0061\":2}]"})
    void refusesWhatIsNotStrictJson(String text) {
        byte[] json = text.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> bytes(json, 4)).isInstanceOf(NotHandled.class);
        assertThatThrownBy(() -> bytes(json, 1 << 17)).isInstanceOf(NotHandled.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 33, 34, 200})
    void refusesANameTwiceInOneObjectHoweverManyMembersItHas(int members) throws IOException {
        StringBuilder object = new StringBuilder("{");
        for (int i = 0; i < members; i++) {
            object.append("\"m").append(i).append("\": {\"m0\": 1}, ");
        }
        byte[] unique = (object + "\"last\": 0}").getBytes(StandardCharsets.UTF_8);
        byte[] twice = (object + "\"m1\": 0}").getBytes(StandardCharsets.UTF_8);

        assertThat(bytes(unique, 1 << 17)).containsExactlyElementsOf(jackson(unique));
        assertThatThrownBy(() -> bytes(twice, 1 << 17)).isInstanceOf(NotHandled.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0 80", "C1 BF", "E0 80 80", "ED A0 80", "F0 80 80 80", "F4 90 80 80", "F5 80 80 80",
        "80", "BF", "C3", "E2 82", "C3 28", "FF"})
    void refusesMalformedUtf8InStrings(String hex) {
        List<Byte> raw = new ArrayList<>();
        for (String h : hex.split(" ")) {
            raw.add((byte) Integer.parseInt(h, 16));
        }
        byte[] json = new byte[raw.size() + 4];
        json[0] = '[';
        json[1] = '"';
        for (int i = 0; i < raw.size(); i++) {
            json[2 + i] = raw.get(i);
        }
        json[raw.size() + 2] = '"';
        json[raw.size() + 3] = ']';

        assertThatThrownBy(() -> bytes(json, 3)).isInstanceOf(NotHandled.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1 << 17})
    void fingerprintCoversEveryByteOfTheInput(int bufferSize) throws IOException {
        byte[] json = "[1, 2]\n   \n".getBytes(StandardCharsets.UTF_8);
        var crc = new java.util.zip.CRC32C();
        crc.update(json);

        try (JsonBytes in = new JsonBytes(new ByteArrayInputStream(json), bufferSize)) {
            in.next();
            assertThat(in.fingerprint()).isEqualTo(
                    org.migrationworkbench.core.compare.InputDigest.fingerprint(json.length, crc));
        }
    }

    @org.junit.jupiter.api.Test
    void emptyInputEndsAtOnce() throws IOException {
        assertThat(bytes(" \n\t".getBytes(StandardCharsets.UTF_8), 2)).isEmpty();
    }
}
