package com.atlassian.jira.issue;

import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.entity.WithKey;
import com.atlassian.jira.project.Project;

/**
 * Compile-only copy of the parts of Jira's {@code Issue} this plugin uses. Checked against the
 * Jira javadoc (docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html:
 * {@code public interface Issue extends OfBizValueWrapper, IssueContext, WithId, WithKey};
 * {@code getProjectObject()}). The supertypes {@code OfBizValueWrapper} and {@code IssueContext}
 * are left out: nothing here uses them.
 */
public interface Issue extends WithId, WithKey {
    Project getProjectObject();

    com.atlassian.jira.user.ApplicationUser getReporter();

    String getDescription();
}
