package dk.replycoach.json;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Every UTF-16 code unit, alone and inside text: escaped exactly where it must be, and read back unchanged. */
public class JsonWriterTest {
    @Test
    public void everyCharacterIsWrittenSafelyAndReadBack() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            String text = "a" + ch + "b";
            String json = new JsonWriter(4).value(text).toString();
            String inner = json.substring(1, json.length() - 1);
            boolean mustEscape = c < 0x20 || ch == '"' || ch == '\\' || ch == '<' || ch == '>' || ch == '&'
                    || ch == '\u2028' || ch == '\u2029' || Character.isSurrogate(ch);
            assertEquals("U+" + Integer.toHexString(c), !mustEscape, inner.equals(text));
            if (ch == '"' || ch == '\\') {
                assertEquals("a\\" + ch + "b", inner);
            } else if (mustEscape) {
                assertFalse("U+" + Integer.toHexString(c) + " written raw", inner.indexOf(ch) >= 0);
            }
            String expected = Character.isSurrogate(ch) ? "a\ufffdb" : text;
            assertEquals("U+" + Integer.toHexString(c), expected, JsonParser.parse(json));
        }
    }

    @Test
    public void aSmallFirstGuessStillHoldsALongDocument() {
        String longText = "\u201cmen\u201d \u2013 ".repeat(5_000);
        JsonWriter w = new JsonWriter(1).beginArray();
        for (int i = 0; i < 3; i++) {
            w.value(longText);
        }
        String json = w.endArray().toString();
        assertTrue(json.startsWith("[\"\u201cmen"));
        assertEquals(3 * (longText.length() + 2) + 2 + 2, json.length());
    }
}
