package com.atlassian.jira.user;

/**
 * Compile-only surrogate. Source: Jira javadoc com.atlassian.jira.user.ApplicationUser (9.12),
 * jira-dc-reference.md C.6.
 */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getName();

    String getDisplayName();

    boolean isActive();
}
