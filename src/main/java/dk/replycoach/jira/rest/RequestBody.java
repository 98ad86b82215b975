package dk.replycoach.jira.rest;

import dk.replycoach.analysis.Messages;
import dk.replycoach.config.FieldError;

import javax.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A request body the settings resource accepts: JSON only, UTF-8, at most {@link #MAX_BYTES}.
 * JSON only, because form posts and plain text are what a hostile page can send cross-site
 * without a preflight (the XSRF risk); the size cap keeps a hostile body from filling the heap
 * before the JSON parser's own limits apply.
 */
final class RequestBody {
    /** Room for 5,000 phrases of up to 100 characters, written as JSON. */
    static final int MAX_BYTES = 1024 * 1024;

    private final String text;
    private final Response rejection;

    private RequestBody(String text, Response rejection) {
        this.text = text;
        this.rejection = rejection;
    }

    static RequestBody read(String contentType, InputStream in, Messages messages) {
        if (!isJson(contentType)) {
            return new RequestBody(null, RestAnswers.unsupportedMediaType(messages));
        }
        byte[] bytes;
        try {
            bytes = readAtMost(in, MAX_BYTES);
        } catch (IOException e) {
            return new RequestBody(null, RestAnswers.invalid(
                    List.of(new FieldError(FieldError.DOCUMENT, "replycoach.settings.error.encoding")), messages));
        }
        if (bytes == null) {
            return new RequestBody(null, RestAnswers.tooLarge(MAX_BYTES, messages));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new RequestBody(text, null);
        } catch (CharacterCodingException e) {
            return new RequestBody(null, RestAnswers.invalid(
                    List.of(new FieldError(FieldError.DOCUMENT, "replycoach.settings.error.encoding")), messages));
        }
    }

    boolean rejected() {
        return rejection != null;
    }

    String text() {
        return text;
    }

    Response rejection() {
        return rejection;
    }

    /** {@code application/json}, optionally with {@code charset=utf-8}; JSON has no other encoding. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!"application/json".equals(parts[0].trim().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if ("charset".equals(param[0].trim().toLowerCase(Locale.ROOT))) {
                String charset = param.length > 1 ? param[1].trim().replace("\"", "").toLowerCase(Locale.ROOT) : "";
                if (!"utf-8".equals(charset) && !"utf8".equals(charset)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The bytes, or null when there are more than {@code max}; never reads more than max + 1. */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        int total = 0;
        while (true) {
            int n = in.read(buffer, 0, Math.min(buffer.length, max + 1 - total));
            if (n < 0) {
                return out.toByteArray();
            }
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
    }
}
