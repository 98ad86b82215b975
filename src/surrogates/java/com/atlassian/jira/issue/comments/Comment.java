package com.atlassian.jira.issue.comments;

import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only copy of the parts of Jira's {@code Comment} this plugin uses. Checked against the
 * Jira 7.0.8 javadoc of {@code MutableComment extends Comment} (inherited {@code getId},
 * {@code getBody}, {@code getAuthorApplicationUser}, {@code getGroupLevel}, {@code getRoleLevelId},
 * {@code getIssue}, and {@code ID_COMPARATOR} from {@code WithId}) and {@code MockComment}.
 */
public interface Comment extends WithId {
    String getBody();

    ApplicationUser getAuthorApplicationUser();

    Issue getIssue();

    String getGroupLevel();

    Long getRoleLevelId();

    java.util.Date getCreated();
}
