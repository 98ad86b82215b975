package com.atlassian.jira.issue;

/**
 * Compile-only surrogate. Source: Jira javadoc com.atlassian.jira.issue.MutableIssue (9.12):
 * {@code public interface MutableIssue extends Issue}; setters are not used here.
 */
public interface MutableIssue extends Issue {
}
