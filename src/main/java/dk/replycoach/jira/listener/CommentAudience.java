package dk.replycoach.jira.listener;

import dk.replycoach.jira.LogSafe;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.comments.Comment;
import dk.replycoach.json.JsonException;
import dk.replycoach.json.JsonParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether a stored comment reached the customer. Jira Service Management keeps that in the
 * comment property {@code sd.public.comment}, JSON {@code {"internal":true}} for an internal note;
 * a comment without the property is public (JSM's own REST treats it so). A comment restricted to
 * a group or a project role is never shown to customers, whatever the property says.
 *
 * <p>The property is read through {@link JsonEntityPropertyManager} (entity name
 * {@value #ENTITY_NAME}), which needs neither the JSM API nor fugue, so the plugin also starts on
 * Jira Software. The value is parsed defensively: an object, or the {@code [{key, value}]} array
 * shape a transition screen posts; {@code true} as a boolean or a string. Anything else is
 * {@link Audience#UNKNOWN}.
 */
final class CommentAudience {
    static final String ENTITY_NAME = "CommentProperty";
    static final String PROPERTY_KEY = "sd.public.comment";

    private static final Logger LOG = LoggerFactory.getLogger(CommentAudience.class);
    /** A visibility flag is tiny; anything deep or long is not one. */
    private static final int MAX_DEPTH = 4;
    private static final int MAX_VALUES = 64;

    private final JsonEntityPropertyManager properties;

    CommentAudience(JsonEntityPropertyManager properties) {
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    Audience of(Comment comment) {
        if (comment.getGroupLevel() != null || comment.getRoleLevelId() != null) {
            return Audience.INTERNAL;
        }
        Long id = comment.getId();
        if (id == null) {
            return Audience.UNKNOWN;
        }
        EntityProperty property;
        try {
            property = properties.get(ENTITY_NAME, id, PROPERTY_KEY);
        } catch (RuntimeException e) {
            LOG.warn("Reply Coach: could not read the visibility of comment {}: {}", id, LogSafe.describe(e));
            return Audience.UNKNOWN;
        }
        if (property == null || property.getValue() == null) {
            return Audience.CUSTOMER;
        }
        return parse(property.getValue());
    }

    /** Reads the property value with the shared parser; anything it cannot read is UNKNOWN. */
    static Audience parse(String json) {
        try {
            Boolean internal = dk.replycoach.jira.comment.CommentVisibility.internalFlag(json);
            if (internal == null) {
                return Audience.UNKNOWN;
            }
            return internal ? Audience.INTERNAL : Audience.CUSTOMER;
        } catch (IllegalArgumentException e) {
            return Audience.UNKNOWN;
        }
    }
}
