package com.atlassian.jira.entity;

/**
 * Compile-only copy of Jira's {@code WithKey} (an entity with a string key). Checked against the
 * Jira javadoc ({@code Issue extends OfBizValueWrapper, IssueContext, WithId, WithKey}).
 */
public interface WithKey {
    String getKey();
}
