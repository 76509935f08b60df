package cn.supervision.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// Why: the verifier's JSON reader is hand-written; it must read every valid document and refuse doubtful ones.
class JsonReaderTest {
    @Test
    void readsNestedObjectsArraysAndLiteralsInOrder() {
        Object v = JsonReader.parse(" {\"b\": [1, -2, 3.5, 1e3, true, false, null, {}], \"a\": {\"x\": []}}\n");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of("b", "a"), List.copyOf(m.keySet()));
        List<?> b = (List<?>) m.get("b");
        assertEquals(1L, b.get(0));
        assertEquals(-2L, b.get(1));
        assertEquals(new BigDecimal("3.5"), b.get(2));
        assertEquals(new BigDecimal("1e3"), b.get(3));
        assertEquals(Boolean.TRUE, b.get(4));
        assertEquals(Boolean.FALSE, b.get(5));
        assertNull(b.get(6));
        assertEquals(Map.of(), b.get(7));
        assertEquals(Map.of("x", List.of()), m.get("a"));
    }

    @Test
    void decodesEveryEscape() {
        assertEquals("\"\\/\b\f\n\r\t", JsonReader.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""));
        assertEquals("A\u00e9\u4f4f", JsonReader.parse("\"\\u0041\\u00E9\\u4f4f\""));
    }

    @Test
    void joinsEscapedSurrogatePairsIntoOneCharacter() {
        assertEquals("\uD83D\uDE00", JsonReader.parse("\"\\ud83d\\ude00\""));
        assertEquals("x\uD83D\uDE00y", JsonReader.parse("\"x\\uD83D\\uDE00y\""));
    }

    @Test
    void readsRawUtf8IncludingCharactersAboveTheBasicPlane() {
        String text = "\"住建局-建筑市场科 \uD83D\uDE00 é\"";
        assertEquals("住建局-建筑市场科 \uD83D\uDE00 é", JsonReader.parse(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("住建局-建筑市场科 \uD83D\uDE00 é", JsonReader.parse(text));
    }

    @Test
    void keepsIntegersBeyond64BitsAsDecimals() {
        assertEquals(Long.MAX_VALUE, JsonReader.parse("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, JsonReader.parse("-9223372036854775808"));
        assertEquals(new BigDecimal("9223372036854775808"), JsonReader.parse("9223372036854775808"));
        assertEquals(0L, JsonReader.parse("0"));
    }

    @Test
    void ignoresAByteOrderMark() {
        byte[] withBom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '[', ']'};
        assertEquals(List.of(), JsonReader.parse(withBom));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[1,]", "{\"a\":1,}", "[1] x", "{} {}", "[1 2]", "{\"a\" 1}", "{a:1}", "['a']", "", "   ",
        "01", "-", "1.", ".5", "1e", "+1", "0x10", "NaN", "Infinity", "tru", "nul", "[", "{\"a\":", "\"abc",
        "\"a\tb\"", "\"a\nb\"", "\"\\x\"", "\"\\u12\"", "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83d\\u0041\"",
        "{\"a\":1,\"a\":2}", "[1]]", "// comment\n1"
    })
    void rejectsDocumentsThatAreNotStrictJson(String text) {
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> JsonReader.parse(text));
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void rejectsInvalidUtf8() {
        assertThrows(JsonFormatException.class, () -> JsonReader.parse(new byte[] {'"', (byte) 0xc3, '"'}));
        assertThrows(JsonFormatException.class, () -> JsonReader.parse(new byte[] {'"', (byte) 0xc0, (byte) 0x80, '"'}));
        assertThrows(JsonFormatException.class,
                () -> JsonReader.parse(new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'}));
        assertThrows(JsonFormatException.class, () -> JsonReader.parse(new byte[] {'"', (byte) 0xff, '"'}));
        assertThrows(JsonFormatException.class, () -> JsonReader.parse(new byte[] {(byte) 0xe4, '1'}));
    }

    @Test
    void rejectsALoneSurrogateInJavaText() {
        assertThrows(JsonFormatException.class, () -> JsonReader.parse("\"\uD83D\""));
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        char[] open = new char[600];
        char[] close = new char[600];
        Arrays.fill(open, '[');
        Arrays.fill(close, ']');
        assertThrows(JsonFormatException.class, () -> JsonReader.parse(new String(open) + new String(close)));
        assertEquals(List.of(List.of()), JsonReader.parse("[[]]"));
    }

    @Test
    void namesTheLineAndColumnOfAnError() {
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> JsonReader.parse("{\n  \"a\": 1,\n}"));
        assertEquals("expected a string key at line 3, column 1", e.getMessage());
    }

    @Test
    void writerOutputReadsBackToTheSameValue() {
        Object value = JsonReader.parse("{\"s\":\"q\\\"b\\\\c\\u0001\\n\\t住\uD83D\uDE00\",\"n\":[0,-7,2.50],\"e\":{},\"l\":[],\"z\":null}");
        assertEquals(value, JsonReader.parse(JsonWriter.compact(value)));
        StringBuilder pretty = new StringBuilder();
        JsonWriter.pretty(value, pretty);
        assertEquals(value, JsonReader.parse(pretty.toString()));
        assertEquals("\"a\\u0001\"", JsonWriter.compact("a\u0001"));
    }
}
