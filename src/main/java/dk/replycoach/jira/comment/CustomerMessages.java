package dk.replycoach.jira.comment;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;
import java.util.Objects;

/**
 * The customer's last message on an issue: the newest comment by the reporter (the customer in a
 * service project), else the issue description when the reporter wrote it. Comments restricted to
 * a group or role are skipped: customers cannot write them.
 */
@Named
public class CustomerMessages {
    private final CommentManager comments;

    @Inject
    public CustomerMessages(@ComponentImport CommentManager comments) {
        this.comments = comments;
    }

    /** The text, or null when the customer has said nothing the agent answers. */
    public String latest(Issue issue, ApplicationUser agent) {
        ApplicationUser reporter = issue.getReporter();
        if (reporter == null || agent != null && Objects.equals(reporter.getKey(), agent.getKey())) {
            return null;
        }
        List<Comment> all = comments.getComments(issue);
        for (int i = all.size() - 1; i >= 0; i--) {
            Comment c = all.get(i);
            ApplicationUser author = c.getAuthorApplicationUser();
            if (author != null && Objects.equals(author.getKey(), reporter.getKey())
                    && !CommentVisibility.restricted(c.getGroupLevel(), c.getRoleLevelId())) {
                return c.getBody();
            }
        }
        String description = issue.getDescription();
        return description == null || description.isBlank() ? null : description;
    }
}
