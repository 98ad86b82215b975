package dk.replycoach.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser with limits, for request bodies and settings files from untrusted hands:
 * nesting depth, string length and element counts are capped, so hostile input gets a clear
 * {@link JsonException} with the offset instead of a stack overflow or an out-of-memory error.
 * Objects become {@code LinkedHashMap<String,Object>}, arrays {@code ArrayList<Object>}, numbers
 * {@code Long} or {@code Double}.
 */
public final class JsonParser {
    public static final int DEFAULT_MAX_DEPTH = 32;
    public static final int DEFAULT_MAX_ELEMENTS = 100_000;

    private final String s;
    private final int maxDepth;
    private final int maxElements;
    private int pos;
    private int elements;

    private JsonParser(String s, int maxDepth, int maxElements) {
        this.s = s;
        this.maxDepth = maxDepth;
        this.maxElements = maxElements;
    }

    public static Object parse(String json) {
        return parse(json, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS);
    }

    public static Object parse(String json, int maxDepth, int maxElements) {
        if (json == null) {
            throw new JsonException("no JSON", 0);
        }
        JsonParser p = new JsonParser(json, maxDepth, maxElements);
        p.skipSpace();
        Object v = p.value(0);
        p.skipSpace();
        if (p.pos != json.length()) {
            throw new JsonException("unexpected text after the JSON value", p.pos);
        }
        return v;
    }

    private Object value(int depth) {
        if (++elements > maxElements) {
            throw new JsonException("more than " + maxElements + " values", pos);
        }
        if (pos >= s.length()) {
            throw new JsonException("unexpected end of JSON", pos);
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{': return object(depth + 1);
            case '[': return array(depth + 1);
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    return number();
                }
                throw new JsonException("unexpected character '" + c + "'", pos);
        }
    }

    private Map<String, Object> object(int depth) {
        checkDepth(depth);
        pos++;
        Map<String, Object> m = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return m;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw new JsonException("expected a quoted field name", pos);
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            m.put(key, value(depth));
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') {
                return m;
            }
            if (c != ',') {
                throw new JsonException("expected ',' or '}'", pos - 1);
            }
        }
    }

    private List<Object> array(int depth) {
        checkDepth(depth);
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth));
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw new JsonException("expected ',' or ']'", pos - 1);
            }
        }
    }

    private void checkDepth(int depth) {
        if (depth > maxDepth) {
            throw new JsonException("nested deeper than " + maxDepth + " levels", pos);
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw new JsonException("unterminated string", pos);
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                if (pos >= s.length()) {
                    throw new JsonException("unterminated escape", pos);
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case '/': sb.append('/'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u':
                        if (pos + 4 > s.length()) {
                            throw new JsonException("bad \\u escape", pos);
                        }
                        try {
                            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw new JsonException("bad \\u escape", pos);
                        }
                        pos += 4;
                        break;
                    default:
                        throw new JsonException("bad escape '\\" + e + "'", pos - 1);
                }
            } else if (c < 0x20) {
                throw new JsonException("control character in string", pos - 1);
            } else {
                sb.append(c);
            }
        }
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        boolean fraction = false;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c >= '0' && c <= '9') {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                fraction = true;
                pos++;
            } else {
                break;
            }
        }
        String n = s.substring(start, pos);
        if (n.length() > 40) {
            throw new JsonException("number too long", start);
        }
        try {
            if (!fraction) {
                return Long.parseLong(n);
            }
            return Double.parseDouble(n);
        } catch (NumberFormatException e) {
            throw new JsonException("bad number '" + n + "'", start);
        }
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, pos)) {
            throw new JsonException("unexpected text", pos);
        }
        pos += word.length();
        return v;
    }

    private char peek() {
        if (pos >= s.length()) {
            throw new JsonException("unexpected end of JSON", pos);
        }
        return s.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new JsonException("expected '" + c + "'", pos);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                break;
            }
        }
    }
}
