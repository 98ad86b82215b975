package com.atlassian.jira.issue.worklog;

/**
 * Compile-only copy of Jira's {@code Worklog} interface, needed only as a parameter type of the
 * {@code IssueEvent} constructor. Checked against the Jira javadoc (interface); members omitted.
 */
public interface Worklog {
}
