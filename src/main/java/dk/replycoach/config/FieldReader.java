package dk.replycoach.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to a parsed JSON tree that never throws: a value of the wrong type becomes a field
 * error at its path and reads as null, so one pass reports every problem at once. The number of
 * errors kept is capped, so a hostile document with thousands of bad values gets a short answer.
 */
final class FieldReader {
    static final int MAX_ERRORS = 100;
    static final String ERROR = "replycoach.settings.error.";
    /** Path segments taken from JSON keys are shortened, so an absurd key cannot bloat the answer. */
    private static final int MAX_SEGMENT = 80;

    private final List<FieldError> errors = new ArrayList<>();
    private int suppressed;

    void error(String field, String key, Object... args) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(field, ERROR + key, args));
        } else {
            suppressed++;
        }
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Errors so far, counting those beyond the cap. */
    int errorCount() {
        return errors.size() + suppressed;
    }

    List<FieldError> errors() {
        List<FieldError> all = new ArrayList<>(errors);
        if (suppressed > 0) {
            all.add(new FieldError(FieldError.DOCUMENT, ERROR + "more", suppressed));
        }
        return all;
    }

    static String child(String parent, String name) {
        String segment = name.length() > MAX_SEGMENT ? name.substring(0, MAX_SEGMENT) + "…" : name;
        return parent.isEmpty() ? segment : parent + "." + segment;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(Object v, String field) {
        if (v instanceof Map) {
            return (Map<String, Object>) v;
        }
        error(field, "type.object");
        return null;
    }

    /** The list, or its first {@code max} elements with an error when it is longer. */
    @SuppressWarnings("unchecked")
    List<Object> list(Object v, String field, int max) {
        if (!(v instanceof List)) {
            error(field, "type.list");
            return null;
        }
        List<Object> list = (List<Object>) v;
        if (list.size() > max) {
            error(field, "list.tooLong", list.size(), max);
            return list.subList(0, max);
        }
        return list;
    }

    String string(Object v, String field) {
        if (v instanceof String) {
            return (String) v;
        }
        error(field, "type.string");
        return null;
    }

    Boolean bool(Object v, String field) {
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        error(field, "type.boolean");
        return null;
    }

    /** A whole number within [min, max]; {@code 30.0} counts as whole. */
    Long integer(Object v, String field, long min, long max) {
        Long n = null;
        if (v instanceof Long) {
            n = (Long) v;
        } else if (v instanceof Double) {
            double d = (Double) v;
            if (d == Math.rint(d) && Math.abs(d) < 9.0e15) {
                n = (long) d;
            }
        }
        if (n == null) {
            error(field, "type.integer");
            return null;
        }
        if (n < min || n > max) {
            error(field, "range", min, max);
            return null;
        }
        return n;
    }

    /** A finite number. */
    Double number(Object v, String field) {
        if (v instanceof Long) {
            return ((Long) v).doubleValue();
        }
        if (v instanceof Double && Double.isFinite((Double) v)) {
            return (Double) v;
        }
        error(field, "type.number");
        return null;
    }

    void unknownKeys(Map<String, Object> m, String field, Set<String> known) {
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                error(child(field, key), "unknownField");
            }
        }
    }

    /**
     * False for text that cannot be stored and shown faithfully: control characters (line breaks
     * would split a phrase on the admin page) and lone surrogates (not Unicode).
     */
    static boolean storable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
