package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only surrogate of the members used here. Source: Jira javadoc com.atlassian.jira.issue.Issue
 * (9.12: getId, getKey, getProjectObject, getReporter, getDescription), jira-dc-reference.md C.6.
 */
public interface Issue {
    Long getId();

    String getKey();

    Project getProjectObject();

    ApplicationUser getReporter();

    String getDescription();
}
