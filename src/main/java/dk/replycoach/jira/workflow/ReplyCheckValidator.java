package dk.replycoach.jira.workflow;

import dk.replycoach.jira.LogSafe;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Messages;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.config.AnalyzerSource;
import dk.replycoach.config.ValidatorSettings;
import dk.replycoach.guidance.ReplyGate;
import dk.replycoach.jira.comment.CommentVisibility;
import dk.replycoach.jira.comment.CustomerMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Reply Coach: check the reply": stops a transition whose comment would escalate the conflict.
 * Reads the transition comment, skips internal notes unless configured, analyses it with the
 * customer's last message as context and, when a finding reaches the configured severity, throws
 * an error on the comment field that lists what to change. Never logs the comment text.
 */
public class ReplyCheckValidator implements Validator {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyCheckValidator.class);

    private final JiraAuthenticationContext authentication;
    private final CustomerMessages customerMessages;
    private final AnalyzerSource analyzers;
    private final BlockRecorder recorder;

    @Inject
    public ReplyCheckValidator(@ComponentImport JiraAuthenticationContext authentication,
                               CustomerMessages customerMessages, AnalyzerSource analyzers, BlockRecorder recorder) {
        this.authentication = authentication;
        this.customerMessages = customerMessages;
        this.analyzers = analyzers;
        this.recorder = recorder;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Object comment = transientVars.get(CommentVisibility.COMMENT);
        if (!(comment instanceof String) || ((String) comment).isBlank()) {
            return;
        }
        ValidatorSettings settings = ValidatorSettings.fromArgs(args);
        if (settings.scope() == ValidatorSettings.Scope.PUBLIC && isInternal(transientVars)) {
            return;
        }
        ApplicationUser user = authentication.getLoggedInUser();
        Messages messages = Messages.forLanguage(language(authentication.getLocale()));
        Object issueVar = transientVars.get("issue");
        Issue issue = issueVar instanceof Issue ? (Issue) issueVar : null;
        ReplyReport report;
        try {
            String customer = issue == null ? null : customerMessages.latest(issue, user);
            report = analyzers.current().analyze(AnalysisRequest.of((String) comment)
                    .withCustomerText(customer).withUiLanguage(messages.language()));
        } catch (RuntimeException e) {
            LOG.error("Reply Coach could not check a transition comment on {} ({}); fail mode {}",
                    issue == null ? "an issue" : issue.getKey(), LogSafe.describe(e), settings.failMode());
            if (settings.failMode() == ValidatorSettings.FailMode.OPEN) {
                return;
            }
            throw new InvalidInputException(CommentVisibility.COMMENT, messages.get("replycoach.gate.failed"));
        }
        ReplyGate gate = new ReplyGate(settings.blockAt());
        List<Finding> blocking = gate.blocking(report);
        if (blocking.isEmpty()) {
            return;
        }
        recorder.blocked(user, issue, report, blocking);
        throw new InvalidInputException(CommentVisibility.COMMENT, gate.explain(blocking, messages));
    }

    /** Restricted to a group or role, or marked internal by JSM; a malformed property counts as public. */
    private static boolean isInternal(Map<?, ?> vars) {
        if (CommentVisibility.restricted(vars.get(CommentVisibility.COMMENT_LEVEL), vars.get(CommentVisibility.ROLE_LEVEL))) {
            return true;
        }
        try {
            return Boolean.TRUE.equals(CommentVisibility.internalFlag(vars.get(CommentVisibility.COMMENT_PROPERTY)));
        } catch (IllegalArgumentException e) {
            LOG.warn("Reply Coach: malformed {} on a transition comment, treated as public: {}",
                    CommentVisibility.PROPERTY_KEY, e.getMessage());
            return false;
        }
    }

    private static String language(Locale locale) {
        return locale != null && "da".equals(locale.getLanguage()) ? "da" : "en";
    }
}
