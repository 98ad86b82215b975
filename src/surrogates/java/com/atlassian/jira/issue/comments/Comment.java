package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Date;

/**
 * Compile-only surrogate. Source: Jira javadoc com.atlassian.jira.issue.comments.Comment and
 * MockComment/MutableComment (jira-dc-reference.md C.6).
 */
public interface Comment {
    Long getId();

    String getBody();

    ApplicationUser getAuthorApplicationUser();

    Issue getIssue();

    Date getCreated();

    String getGroupLevel();

    Long getRoleLevelId();
}
