package dk.replycoach.json;

/** Malformed or over-limit JSON, with the offset where it went wrong. */
public final class JsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int offset;

    public JsonException(String message, int offset) {
        super(message + " at offset " + offset);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
