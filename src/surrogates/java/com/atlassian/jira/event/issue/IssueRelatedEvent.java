package com.atlassian.jira.event.issue;

import com.atlassian.jira.event.JiraEvent;
import com.atlassian.jira.issue.Issue;

/**
 * Compile-only copy of Jira's {@code IssueRelatedEvent}. Checked against its public source
 * ({@code @PublicApi public interface IssueRelatedEvent extends JiraEvent}, since 5.2.6).
 */
public interface IssueRelatedEvent extends JiraEvent {
    Issue getIssue();
}
