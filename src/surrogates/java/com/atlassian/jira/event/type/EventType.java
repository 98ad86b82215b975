package com.atlassian.jira.event.type;

/**
 * Compile-only copy of the event-type id constants of Jira's {@code EventType} class. Checked
 * against the Jira 7.0.8 javadoc (field names, {@code static Long}). The numeric values are
 * Jira's well-known system event ids but were not verified against the jar; {@code Long} fields
 * are never inlined by the compiler, so the plugin reads Jira's own values at runtime.
 */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_ASSIGNED_ID = 3L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_REOPENED_ID = 7L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;
    public static final Long ISSUE_COMMENT_EDITED_ID = 14L;
    public static final Long ISSUE_COMMENT_DELETED_ID = 17L;
}
