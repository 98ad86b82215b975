package dk.replycoach.json;

import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON. Besides the required escapes it writes {@code <}, {@code >}, {@code &} and the
 * line separators as unicode escapes, so a report embedded in an HTML page can never close a
 * script tag.
 */
public final class JsonWriter {
    /** ASCII characters written as an escape: controls, quote, backslash and the HTML ones. */
    private static final boolean[] ESCAPED_ASCII = new boolean[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPED_ASCII[c] = true;
        }
        for (char c : new char[] {'"', '\\', '<', '>', '&'}) {
            ESCAPED_ASCII[c] = true;
        }
    }

    private final StringBuilder out;
    private boolean needComma;

    public JsonWriter() {
        this(256);
    }

    /** A writer for a document of about {@code expectedChars}, so the buffer seldom grows. */
    public JsonWriter(int expectedChars) {
        out = new StringBuilder(Math.max(16, expectedChars));
    }

    public JsonWriter beginObject() {
        comma();
        out.append('{');
        needComma = false;
        return this;
    }

    public JsonWriter endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    public JsonWriter beginArray() {
        comma();
        out.append('[');
        needComma = false;
        return this;
    }

    public JsonWriter endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    public JsonWriter name(String name) {
        comma();
        string(name);
        out.append(':');
        needComma = false;
        return this;
    }

    public JsonWriter value(String s) {
        comma();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        needComma = true;
        return this;
    }

    public JsonWriter value(boolean b) {
        comma();
        out.append(b);
        needComma = true;
        return this;
    }

    public JsonWriter value(long n) {
        comma();
        out.append(n);
        needComma = true;
        return this;
    }

    public JsonWriter value(double d) {
        comma();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            out.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
        } else {
            out.append(d);
        }
        needComma = true;
        return this;
    }

    public JsonWriter nullValue() {
        comma();
        out.append("null");
        needComma = true;
        return this;
    }

    /** Writes maps, lists, strings, numbers, booleans and null as found in parsed JSON. */
    public JsonWriter any(Object v) {
        if (v == null) {
            return nullValue();
        } else if (v instanceof String) {
            return value((String) v);
        } else if (v instanceof Boolean) {
            return value((Boolean) v);
        } else if (v instanceof Integer || v instanceof Long) {
            return value(((Number) v).longValue());
        } else if (v instanceof Number) {
            return value(((Number) v).doubleValue());
        } else if (v instanceof Map) {
            beginObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                name(String.valueOf(e.getKey()));
                any(e.getValue());
            }
            return endObject();
        } else if (v instanceof Collection) {
            beginArray();
            for (Object o : (Collection<?>) v) {
                any(o);
            }
            return endArray();
        }
        return value(String.valueOf(v));
    }

    private void comma() {
        if (needComma) {
            out.append(',');
        }
    }

    private void string(String s) {
        out.append('"');
        // Safe characters are copied in runs; reports are mostly plain text, and this is the hot
        // path of every check answer.
        int run = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 ? !ESCAPED_ASCII[c] : c != '\u2028' && c != '\u2029' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isSurrogate(c) && validSurrogate(s, i)) {
                continue;
            }
            out.append(s, run, i);
            escape(c);
            run = i + 1;
        }
        out.append(s, run, n);
        out.append('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            default:
                unicode(Character.isSurrogate(c) ? '\ufffd' : c);
        }
    }

    /** A lone surrogate is not valid Unicode; it is written as U+FFFD so parsers never choke. */
    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private void unicode(char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
