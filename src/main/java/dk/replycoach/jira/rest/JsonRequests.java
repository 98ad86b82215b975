package dk.replycoach.jira.rest;

import dk.replycoach.json.JsonException;
import dk.replycoach.json.JsonParser;
import dk.replycoach.json.JsonWriter;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Reading JSON request bodies safely and writing JSON answers. Only {@code application/json} is
 * accepted: browsers cannot send it cross-site without a preflight, which is what keeps these
 * state-changing POSTs safe from XSRF (form posts are refused with 415). Bodies are read up to a
 * cap and refused with 413 beyond it, before any parsing.
 */
final class JsonRequests {
    private JsonRequests() {
    }

    static Map<String, Object> readObject(String contentType, InputStream body, int maxBytes) throws RequestProblem {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_JSON)) {
            throw new RequestProblem(415, "send JSON (Content-Type: application/json)");
        }
        byte[] bytes = readCapped(body, maxBytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RequestProblem(400, "the body is not valid UTF-8");
        }
        Object parsed;
        try {
            parsed = JsonParser.parse(text, 16, 10_000);
        } catch (JsonException e) {
            throw new RequestProblem(400, "bad JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map)) {
            throw new RequestProblem(400, "the body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) parsed;
        return map;
    }

    private static byte[] readCapped(InputStream body, int maxBytes) throws RequestProblem {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = body.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw new RequestProblem(413, "the body is larger than " + maxBytes / 1024 + " KB");
                }
            }
        } catch (IOException e) {
            throw new RequestProblem(400, "could not read the body");
        }
        return out.toByteArray();
    }

    /** A string field: null when absent; 400 when of another type or longer than the limit. */
    static String string(Map<String, Object> body, String field, boolean required, int maxChars) throws RequestProblem {
        Object v = body.get(field);
        if (v == null) {
            if (required) {
                throw new RequestProblem(400, "'" + field + "' is required");
            }
            return null;
        }
        if (!(v instanceof String)) {
            throw new RequestProblem(400, "'" + field + "' must be a string");
        }
        String s = (String) v;
        if (s.length() > maxChars) {
            throw new RequestProblem(400, "'" + field + "' is longer than " + maxChars + " characters");
        }
        return s;
    }

    static boolean flag(Map<String, Object> body, String field) throws RequestProblem {
        Object v = body.get(field);
        if (v == null) {
            return false;
        }
        if (!(v instanceof Boolean)) {
            throw new RequestProblem(400, "'" + field + "' must be true or false");
        }
        return (Boolean) v;
    }

    static Response json(int status, String json) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
    }

    static Response error(RequestProblem p) {
        return error(p.status(), p.getMessage());
    }

    static Response error(int status, String message) {
        return json(status, new JsonWriter().beginObject().name("error").value(message).endObject().toString());
    }
}
