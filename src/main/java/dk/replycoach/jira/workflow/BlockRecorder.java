package dk.replycoach.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyReport;

import java.util.List;

/**
 * Where a block by the validator is recorded for coaching. Recording must never change the
 * outcome of the transition: implementations swallow and log their own failures.
 */
public interface BlockRecorder {
    void blocked(ApplicationUser agent, Issue issue, ReplyReport report, List<Finding> blocking);
}
