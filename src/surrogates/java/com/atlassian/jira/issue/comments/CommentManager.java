package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;

import java.util.List;

/**
 * Compile-only surrogate. Source: Jira source com/atlassian/jira/issue/comments/CommentManager.java
 * ("List&lt;Comment&gt; getComments(Issue issue)": all comments, no permission checks) and public
 * implementations of it for Jira 8/9 (getLastComment(Issue)).
 */
public interface CommentManager {
    List<Comment> getComments(Issue issue);

    Comment getLastComment(Issue issue);
}
