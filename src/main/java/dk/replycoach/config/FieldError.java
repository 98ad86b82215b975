package dk.replycoach.config;

import dk.replycoach.analysis.Messages;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One problem in submitted settings, tied to the field it concerns (a path such as
 * {@code rules.brief-information.maxWords} or {@code phrases.da.excuse[3]}; the empty path is the
 * document as a whole) so the admin page can show it next to that field. The text is an i18n key
 * with arguments, rendered in the admin's language at the edge.
 */
public final class FieldError {
    /** The path of the document as a whole. */
    public static final String DOCUMENT = "";

    private final String field;
    private final String key;
    private final List<Object> args;

    public FieldError(String field, String key, Object... args) {
        this.field = Objects.requireNonNull(field);
        this.key = Objects.requireNonNull(key);
        this.args = List.copyOf(Arrays.asList(args));
    }

    public String field() {
        return field;
    }

    /** The i18n key of the message, e.g. {@code replycoach.settings.error.range}. */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    public String message(Messages messages) {
        return messages.get(key, args.toArray());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FieldError)) {
            return false;
        }
        FieldError other = (FieldError) o;
        return field.equals(other.field) && key.equals(other.key) && args.equals(other.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, key, args);
    }

    @Override
    public String toString() {
        return (field.isEmpty() ? "(document)" : field) + ": " + key + (args.isEmpty() ? "" : " " + args);
    }
}
