package com.atlassian.jira.user;

/**
 * Compile-only copy of the parts of Jira's {@code ApplicationUser} this plugin uses. Checked
 * against the jira-dc-reference C.6. Source: codescape/jira-scrum-poker for Jira 10.3 and the Jira javadoc
 * of com.atlassian.jira.user.ApplicationUser (9.12).
 */
public interface ApplicationUser {
    /** The user key: stable across renames, which is why coaching stores it. */
    String getKey();

    String getUsername();

    String getDisplayName();

    String getName();

    boolean isActive();
}
