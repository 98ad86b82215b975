package com.atlassian.jira.entity;

/**
 * Compile-only copy of Jira's {@code WithId} (an entity with a numeric id). Checked against the
 * Jira javadoc, where {@code Issue} and {@code Comment} inherit {@code getId()} from it.
 */
public interface WithId {
    Long getId();
}
