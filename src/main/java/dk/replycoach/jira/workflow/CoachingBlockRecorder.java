package dk.replycoach.jira.workflow;

import dk.replycoach.jira.LogSafe;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Severity;
import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.ReplyRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records a validator block as a BLOCKED coaching event; a failing store never changes the outcome. */
@Named
public class CoachingBlockRecorder implements BlockRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(CoachingBlockRecorder.class);

    private final CoachingRecorder recorder;

    @Inject
    public CoachingBlockRecorder(CoachingRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void blocked(ApplicationUser agent, Issue issue, ReplyReport report, List<Finding> blocking) {
        if (agent == null) {
            return;
        }
        try {
            String project = issue == null || issue.getProjectObject() == null ? null : issue.getProjectObject().getKey();
            ReplyRef ref = ReplyRef.of(agent.getKey(), issue == null ? null : issue.getKey(), project);
            Map<String, Severity> rules = new TreeMap<>();
            for (Finding f : blocking) {
                rules.merge(f.rule(), f.severity(), (a, b) -> a.atLeast(b) ? a : b);
            }
            recorder.blocked(ref, rules);
        } catch (RuntimeException e) {
            LOG.warn("Reply Coach: could not record a validator block ({})", LogSafe.describe(e));
        }
    }
}
