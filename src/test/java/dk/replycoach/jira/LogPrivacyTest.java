package dk.replycoach.jira;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.InvalidInputException;
import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.DraftTracker;
import dk.replycoach.config.AnalyzerSource;
import dk.replycoach.config.CheckScope;
import dk.replycoach.jira.comment.CustomerMessages;
import dk.replycoach.jira.listener.ReplyCommentListener;
import dk.replycoach.jira.rest.CheckCapacity;
import dk.replycoach.jira.rest.CheckResource;
import dk.replycoach.jira.rest.CoachingWriter;
import dk.replycoach.jira.workflow.CoachingBlockRecorder;
import dk.replycoach.jira.workflow.ReplyCheckValidator;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Reply and customer text never reach Jira's log at INFO or above, not even when every part
 * fails with an exception whose message quotes the text (as parsers and databases do). A capturing
 * appender on the root logger sees everything the adapters log.
 */
public class LogPrivacyTest {
    private static final String SECRET = "Hemmelig zebra-kunde 4711";
    private static final String REPLY = "Det er fandme ikke vores fejl. " + SECRET;
    private static final String CUSTOMER = "I er nogle idioter. " + SECRET;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final RuntimeException leaky = new IllegalStateException("failed on: " + REPLY, new RuntimeException(CUSTOMER));

    @Before
    public void capture() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
    }

    @After
    public void release() {
        root.detachAppender(appender);
    }

    private void assertNoTextLogged(int atLeastEvents) {
        assertTrue("the failures were logged (" + appender.list.size() + " events)", appender.list.size() >= atLeastEvents);
        for (ILoggingEvent e : appender.list) {
            StringBuilder all = new StringBuilder(e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                all.append(' ').append(t.getMessage());
            }
            assertFalse("logged text: " + all, all.toString().contains("zebra") || all.toString().contains("4711"));
        }
    }

    @Test
    public void failingAnalysisInTheValidatorLogsNoText() throws Exception {
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        when(auth.getLocale()).thenReturn(Locale.ENGLISH);
        AnalyzerSource broken = () -> {
            throw leaky;
        };
        ReplyCheckValidator validator = new ReplyCheckValidator(auth, mock(CustomerMessages.class), broken,
                new CoachingBlockRecorder(brokenRecorder()));
        Map<String, Object> vars = new HashMap<>();
        vars.put("comment", REPLY);
        validator.validate(vars, Map.of("failMode", "open"), null);
        try {
            validator.validate(vars, Map.of("failMode", "closed"), null);
            fail();
        } catch (InvalidInputException expected) {
            // blocked with a generic message
        }
        vars.put("commentProperty", new String[] {"{" + SECRET});
        try {
            new ReplyCheckValidator(auth, mock(CustomerMessages.class), AnalyzerSource.defaults(),
                    new CoachingBlockRecorder(brokenRecorder())).validate(vars, Map.of("blockAt", "warning"), null);
            fail("malformed property: treated as public, checked and blocked");
        } catch (InvalidInputException expected) {
            // the block itself; the block recorder's store failure is what is logged
        }
        assertNoTextLogged(3);
    }

    @Test
    public void failingStoresBehindTheCheckerLogNoText() throws Exception {
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        ApplicationUser agent = mock(ApplicationUser.class);
        when(agent.getKey()).thenReturn("JIRAUSER1");
        when(auth.getLoggedInUser()).thenReturn(agent);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn("SD-1");
        IssueManager issues = mock(IssueManager.class);
        when(issues.getIssueObject("SD-1")).thenReturn(issue);
        PermissionManager permissions = mock(PermissionManager.class);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agent)).thenReturn(true);
        CoachingWriter writer = new CoachingWriter();
        CheckResource resource = new CheckResource(auth, issues, permissions, AnalyzerSource.defaults(), CheckScope.defaults(),
                mock(CustomerMessages.class), brokenRecorder(), writer, new CheckCapacity());
        String body = "{\"text\":\"" + REPLY + "\",\"issueKey\":\"SD-1\",\"draftId\":\"d1\",\"customerText\":\"" + CUSTOMER + "\"}";
        resource.check("application/json", new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        writer.onStop();
        assertNoTextLogged(1);
    }

    @Test
    public void failingListenerLogsNoText() {
        ApplicationUser agent = mock(ApplicationUser.class);
        when(agent.getKey()).thenReturn("JIRAUSER1");
        Comment comment = mock(Comment.class);
        when(comment.getId()).thenReturn(7L);
        when(comment.getBody()).thenReturn(REPLY);
        when(comment.getAuthorApplicationUser()).thenReturn(agent);
        when(comment.getRoleLevelId()).thenReturn(null);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("SD");
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getProjectObject()).thenReturn(project);
        ReplyCommentListener listener = new ReplyCommentListener(mock(EventPublisher.class), mock(JsonEntityPropertyManager.class),
                () -> {
                    throw leaky;
                }, brokenRecorder(), CheckScope.defaults());
        listener.onIssueEvent(new IssueEvent(issue, agent, comment, null, null, new HashMap<String, Object>(), EventType.ISSUE_COMMENTED_ID));
        assertNoTextLogged(1);
    }

    private CoachingRecorder brokenRecorder() {
        CoachingStore store = mock(CoachingStore.class);
        doThrow(leaky).when(store).record(any());
        Clock clock = Clock.systemUTC();
        return new CoachingRecorder(store, clock, new DraftTracker(clock));
    }
}
