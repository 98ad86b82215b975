package dk.replycoach.jira.comment;

import dk.replycoach.json.JsonException;
import dk.replycoach.json.JsonParser;

import java.util.List;
import java.util.Map;

/**
 * Whether a comment is an internal note or a reply the customer will see. JSM marks it with the
 * comment property {@code sd.public.comment} = {@code {"internal": true|false}}; on a transition
 * screen it arrives as {@code commentProperty}, a {@code String[]} whose first element is a JSON
 * array of {@code {key, value}} objects (jira-dc-reference.md D, C.8). A comment restricted to a
 * group or project role is never customer-visible. The JSON shape has varied between JSM versions,
 * so both an array and an object keyed by property name are read.
 */
public final class CommentVisibility {
    public static final String PROPERTY_KEY = "sd.public.comment";

    private CommentVisibility() {
    }

    /** Transient variable names Jira fills on a transition (WorkflowTransitionUtil / CommentSystemField). */
    public static final String COMMENT = "comment";
    public static final String COMMENT_LEVEL = "commentLevel";
    public static final String ROLE_LEVEL = "roleLevel";
    public static final String COMMENT_PROPERTY = "commentProperty";

    /** True when the restriction fields make the comment internal. */
    public static boolean restricted(Object groupLevel, Object roleLevel) {
        return notBlank(groupLevel) || notBlank(roleLevel);
    }

    /**
     * The {@code internal} flag from a comment-property value as Jira passes it ({@code String[]} or
     * {@code String}); null when the property is absent.
     *
     * @throws IllegalArgumentException when the value is there but malformed
     */
    public static Boolean internalFlag(Object commentProperty) {
        String json = firstString(commentProperty);
        if (json == null || json.isBlank()) {
            return null;
        }
        Object parsed;
        try {
            parsed = JsonParser.parse(json, 8, 1000);
        } catch (JsonException e) {
            throw new IllegalArgumentException("commentProperty is not JSON: " + e.getMessage(), e);
        }
        if (parsed instanceof List) {
            for (Object item : (List<?>) parsed) {
                if (item instanceof Map && PROPERTY_KEY.equals(((Map<?, ?>) item).get("key"))) {
                    return flagOf(((Map<?, ?>) item).get("value"));
                }
            }
            return null;
        }
        if (parsed instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) parsed;
            if (m.containsKey(PROPERTY_KEY)) {
                return flagOf(m.get(PROPERTY_KEY));
            }
            if (m.containsKey("internal")) {
                return flagOf(m);
            }
            return null;
        }
        throw new IllegalArgumentException("commentProperty is neither a JSON array nor an object");
    }

    /** Reads {"internal": true} from a value that may itself be a JSON string. */
    private static Boolean flagOf(Object value) {
        if (value instanceof String) {
            try {
                value = JsonParser.parse((String) value, 4, 100);
            } catch (JsonException e) {
                throw new IllegalArgumentException("sd.public.comment value is not JSON", e);
            }
        }
        if (value instanceof Map) {
            Object internal = ((Map<?, ?>) value).get("internal");
            if (internal instanceof Boolean) {
                return (Boolean) internal;
            }
            String text = internal instanceof String ? ((String) internal).trim() : "";
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text);
            }
        }
        throw new IllegalArgumentException("sd.public.comment has no boolean 'internal'");
    }

    private static String firstString(Object v) {
        if (v instanceof String[]) {
            String[] a = (String[]) v;
            return a.length == 0 ? null : a[0];
        }
        if (v instanceof String) {
            return (String) v;
        }
        return null;
    }

    private static boolean notBlank(Object v) {
        if (v instanceof String[]) {
            String[] a = (String[]) v;
            return a.length > 0 && a[0] != null && !a[0].isBlank();
        }
        return v != null && !v.toString().isBlank();
    }
}
