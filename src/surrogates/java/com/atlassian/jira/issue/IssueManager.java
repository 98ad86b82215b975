package com.atlassian.jira.issue;

/**
 * Compile-only surrogate of the member used here. Source: Jira javadoc com.atlassian.jira.issue.IssueManager
 * (9.12): {@code MutableIssue getIssueObject(String key)} (null when no issue has that key; no permission check).
 */
public interface IssueManager {
    MutableIssue getIssueObject(String key);
}
