package dk.replycoach.jira.rest;

import dk.replycoach.analysis.Messages;
import dk.replycoach.config.FieldError;
import dk.replycoach.json.JsonWriter;

import javax.ws.rs.core.Response;
import java.util.List;

/**
 * The answers of the settings and report REST resources. Errors always come as JSON with a machine
 * code and a message in the user's language, so a page can show them as they are. Nothing is
 * cached: settings are admin data and change under the page's feet, and reports are personal data.
 */
final class RestAnswers {
    static final String JSON = "application/json;charset=UTF-8";
    private static final int PAYLOAD_TOO_LARGE = 413;

    private RestAnswers() {
    }

    static Response ok(String json) {
        return Response.ok(json).type(JSON).header("Cache-Control", "no-store").build();
    }

    /** A download named {@code filename}. */
    static Response attachment(String json, String filename) {
        return Response.ok(json).type(JSON).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    static Response unauthorized(Messages m) {
        return unauthorized(m.get("replycoach.rest.unauthorized"));
    }

    static Response unauthorized(String message) {
        return error(401, "unauthorized", message);
    }

    static Response forbidden(Messages m) {
        return forbidden(m.get("replycoach.rest.forbidden"));
    }

    static Response forbidden(String message) {
        return error(403, "forbidden", message);
    }

    /** A CSV download named {@code filename}. */
    static Response csv(String csv, String filename) {
        return Response.ok(csv).type("text/csv;charset=UTF-8").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    static Response unsupportedMediaType(Messages m) {
        return error(415, "unsupportedMediaType", m.get("replycoach.rest.mediaType"));
    }

    static Response tooLarge(int maxBytes, Messages m) {
        JsonWriter w = start("tooLarge", m.get("replycoach.rest.tooLarge", maxBytes / 1024));
        w.name("maxBytes").value(maxBytes);
        return build(PAYLOAD_TOO_LARGE, w);
    }

    /** 400 with {@code errors: [{field, key, message}]}, in the order found. */
    static Response invalid(List<FieldError> errors, Messages m) {
        JsonWriter w = start("invalid", m.get("replycoach.rest.invalid"));
        w.name("errors").beginArray();
        for (FieldError e : errors) {
            w.beginObject().name("field").value(e.field()).name("key").value(e.key())
                    .name("message").value(e.message(m)).endObject();
        }
        w.endArray();
        return build(400, w);
    }

    /** 409 with the version now in force, so the page can tell the admin what happened. */
    static Response conflict(long currentVersion, Messages m) {
        JsonWriter w = start("conflict", m.get("replycoach.rest.conflict", currentVersion));
        w.name("currentVersion").value(currentVersion);
        return build(409, w);
    }

    private static Response error(int status, String code, String message) {
        return build(status, start(code, message));
    }

    private static JsonWriter start(String code, String message) {
        return new JsonWriter().beginObject().name("error").value(code).name("message").value(message);
    }

    /** Ends the object {@code w} has open and answers it with {@code status}. */
    static Response build(int status, JsonWriter w) {
        return Response.status(status).entity(w.endObject().toString()).type(JSON).header("Cache-Control", "no-store").build();
    }
}
