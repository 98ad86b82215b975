package com.atlassian.jira.event.issue;

import com.atlassian.jira.event.AbstractEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.user.ApplicationUser;
import org.ofbiz.core.entity.GenericValue;

import java.util.Map;

/**
 * Compile-only copy of Jira's {@code IssueEvent}: a <b>final</b> class, so tests construct it as
 * Jira does instead of mocking it. Checked against the Jira server javadoc
 * (docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html: constructor
 * {@code IssueEvent(Issue, ApplicationUser, Comment, Worklog, GenericValue changeGroup, Map params,
 * Long eventTypeId)}) and its public source (raw {@code Map} parameters). Only the members this
 * plugin uses; minimal bodies.
 */
public final class IssueEvent extends AbstractEvent implements IssueRelatedEvent {
    private final Issue issue;
    private final ApplicationUser user;
    private final Comment comment;
    private final Long eventTypeId;

    @SuppressWarnings({"rawtypes", "unchecked"})
    public IssueEvent(Issue issue, ApplicationUser user, Comment comment, Worklog worklog, GenericValue changeGroup,
                      Map params, Long eventTypeId) {
        super(params);
        this.issue = issue;
        this.user = user;
        this.comment = comment;
        this.eventTypeId = eventTypeId;
    }

    @SuppressWarnings("rawtypes")
    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        this(issue, user, null, null, null, params, eventTypeId);
    }

    @Override
    public Issue getIssue() {
        return issue;
    }

    public ApplicationUser getUser() {
        return user;
    }

    public Comment getComment() {
        return comment;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
