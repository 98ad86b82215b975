package dk.replycoach.json;

import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class JsonParserTest {

    @Test
    public void parsesObjectsArraysAndScalars() {
        Object v = JsonParser.parse("{\"a\":[1,2.5,\"x\\u00e6\",true,null],\"b\":{}}");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of(1L, 2.5, "xæ", true), ((List<?>) m.get("a")).subList(0, 4));
        assertEquals(Map.of(), m.get("b"));
    }

    @Test
    public void rejectsMalformedInputWithAnOffset() {
        for (String bad : new String[] {"", "{", "{\"a\" 1}", "[1,]", "\"open", "tru", "{} x", "[\"a\nb\"]", "01x"}) {
            try {
                JsonParser.parse(bad);
                fail("accepted " + bad);
            } catch (JsonException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("offset"));
            }
        }
    }

    @Test
    public void deepNestingIsRefusedNotOverflowed() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        try {
            JsonParser.parse(deep);
            fail();
        } catch (JsonException e) {
            assertTrue(e.getMessage().contains("nested deeper"));
        }
    }

    @Test
    public void tooManyValuesAreRefused() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            sb.append(i > 0 ? "," : "").append(i);
        }
        sb.append(']');
        try {
            JsonParser.parse(sb.toString(), 8, 500);
            fail();
        } catch (JsonException e) {
            assertTrue(e.getMessage().contains("more than 500"));
        }
    }

    @Test
    public void writerEscapesHtmlSignificantCharactersAndRoundTrips() {
        String tricky = "</script><b>&\"\\\n\u2028 æøå \ud83d\ude00";
        String json = new JsonWriter().beginObject().name("t").value(tricky).endObject().toString();
        assertTrue(json, !json.contains("<") && !json.contains(">") && !json.contains("&"));
        assertEquals(tricky, ((Map<?, ?>) JsonParser.parse(json)).get("t"));
    }

    @Test
    public void loneSurrogatesAreWrittenAsReplacementCharacters() {
        String json = new JsonWriter().value("a\ud800b").toString();
        assertEquals("\"a\\ufffdb\"", json);
    }
}
