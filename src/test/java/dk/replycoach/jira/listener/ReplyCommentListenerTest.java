package dk.replycoach.jira.listener;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.coaching.AgentDay;
import dk.replycoach.coaching.CoachingEvent;
import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.DayRange;
import dk.replycoach.coaching.DraftTracker;
import dk.replycoach.coaching.EventKind;
import dk.replycoach.coaching.InMemoryCoachingStore;
import dk.replycoach.coaching.ReplyRef;
import dk.replycoach.coaching.ReportScope;
import dk.replycoach.config.AnalyzerSource;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ReplyCommentListenerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String REPLY = "Hej Peter\n\nTak for din besked. Jeg forstår godt, at det er irriterende. "
            + "Jeg sørger for at pakken bliver sendt i dag. Hvad passer dig bedst?\n\nMed venlig hilsen\nAnna";

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:15:00Z"), ZoneOffset.UTC);
    private final CoachingStore store = new InMemoryCoachingStore();
    private final CoachingRecorder recorder = new CoachingRecorder(store, clock, new DraftTracker(clock));
    private final JsonEntityPropertyManager properties = mock(JsonEntityPropertyManager.class);
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final ReplyCommentListener listener =
            new ReplyCommentListener(publisher, properties, AnalyzerSource.defaults(), recorder, false);

    @Test
    public void aPublicReplyIsRecordedAsSentWithTheAgentIssueAndProject() {
        listener.onIssueEvent(commented(comment(10L, REPLY, null, null)));

        List<AgentDay> days = days();
        assertEquals(1, days.size());
        assertEquals("jirauser10100", days.get(0).agent());
        assertEquals(1, days.get(0).figures().sent());
        int expectedScore = ReplyAnalyzer.withDefaults().analyze(AnalysisRequest.of(REPLY)).score();
        assertEquals(expectedScore, days.get(0).figures().scoreSum());
        assertEquals(1, store.days(ReportScope.of(DayRange.day(TODAY)).inProject("SUP")).size());
    }

    @Test
    public void aReplyMarkedPublicByTheServiceDeskPropertyIsRecorded() {
        property(10L, "{\"internal\":false}");
        listener.onIssueEvent(commented(comment(10L, REPLY, null, null)));
        assertEquals(1, sent());
    }

    @Test
    public void anInternalNoteIsNotRecordedByDefault() {
        property(10L, "{\"internal\":true}");
        listener.onIssueEvent(commented(comment(10L, REPLY, null, null)));
        assertEquals(0, sent());
    }

    @Test
    public void anInternalNoteIsRecordedWhenInternalNotesCount() {
        property(10L, "{\"internal\":true}");
        new ReplyCommentListener(publisher, properties, AnalyzerSource.defaults(), recorder, true)
                .onIssueEvent(commented(comment(10L, REPLY, null, null)));
        assertEquals(1, sent());
    }

    @Test
    public void aCommentRestrictedToAGroupOrRoleIsInternalWhateverThePropertySays() {
        property(10L, "{\"internal\":false}");
        property(11L, "{\"internal\":false}");
        listener.onIssueEvent(commented(comment(10L, REPLY, "jira-servicedesk-users", null)));
        listener.onIssueEvent(commented(comment(11L, REPLY, null, 10002L)));
        assertEquals(0, sent());
    }

    @Test
    public void aCommentTypedOnATransitionScreenCountsWhateverTheEventType() {
        listener.onIssueEvent(event(comment(10L, REPLY, null, null), EventType.ISSUE_RESOLVED_ID));
        listener.onIssueEvent(event(comment(11L, REPLY, null, null), EventType.ISSUE_GENERICEVENT_ID));
        assertEquals(2, sent());
    }

    @Test
    public void anIssueEventWithoutACommentIsIgnored() {
        listener.onIssueEvent(event(null, EventType.ISSUE_UPDATED_ID));
        listener.onIssueEvent(event(null, EventType.ISSUE_RESOLVED_ID));
        assertEquals(0, sent());
        verify(properties, never()).get(anyString(), anyLong(), anyString());
    }

    @Test
    public void editingOrDeletingACommentIsNotANewReply() {
        listener.onIssueEvent(event(comment(10L, REPLY, null, null), EventType.ISSUE_COMMENT_EDITED_ID));
        listener.onIssueEvent(event(comment(11L, REPLY, null, null), EventType.ISSUE_COMMENT_DELETED_ID));
        assertEquals(0, sent());
    }

    @Test
    public void aMalformedVisibilityPropertyIsLeftOutWithoutDisturbingTheComment() {
        property(10L, "{\"internal\":");
        property(11L, "not json at all");
        property(12L, "{\"internal\":\"perhaps\"}");
        listener.onIssueEvent(commented(comment(10L, REPLY, null, null)));
        listener.onIssueEvent(commented(comment(11L, REPLY, null, null)));
        listener.onIssueEvent(commented(comment(12L, REPLY, null, null)));
        assertEquals(0, sent());
    }

    @Test
    public void aFailingPropertyLookUpIsLoggedAndSwallowed() {
        when(properties.get(anyString(), anyLong(), anyString())).thenThrow(new IllegalStateException("database gone"));
        listener.onIssueEvent(commented(comment(10L, REPLY, null, null)));
        assertEquals(0, sent());
    }

    @Test
    public void anAnalysisFailureIsLoggedAndSwallowed() {
        AnalyzerSource broken = () -> {
            throw new IllegalStateException("phrase list missing");
        };
        new ReplyCommentListener(publisher, properties, broken, recorder, false)
                .onIssueEvent(commented(comment(10L, REPLY, null, null)));
        new ReplyCommentListener(publisher, properties, () -> null, recorder, false)
                .onIssueEvent(commented(comment(11L, REPLY, null, null)));
        assertEquals(0, sent());
    }

    @Test
    public void aStoreFailureIsLoggedAndSwallowed() {
        int[] attempts = {0};
        CoachingStore failing = new CoachingStore() {
            @Override
            public void record(CoachingEvent event) {
                attempts[0]++;
                throw new IllegalStateException("AO table locked");
            }

            @Override
            public List<AgentDay> days(ReportScope scope) {
                return List.of();
            }

            @Override
            public List<CoachingEvent> draftEvents(String agent, String issueKey, Instant since) {
                return List.of();
            }

            @Override
            public int purgeBefore(LocalDate firstDayKept) {
                return 0;
            }
        };
        new ReplyCommentListener(publisher, properties, AnalyzerSource.defaults(),
                new CoachingRecorder(failing, clock, new DraftTracker(clock)), false)
                .onIssueEvent(commented(comment(10L, REPLY, null, null)));
        assertEquals(1, attempts[0]);
    }

    @Test
    public void whatTheCheckerShowedWhileDraftingIsJoinedToTheSentReply() {
        String draft = "DET ER IKKE MIN FEJL!! Pakken er sendt.";
        ReplyAnalyzer analyzer = ReplyAnalyzer.withDefaults();
        Set<String> expectedFixed = new TreeSet<>(analyzer.analyze(AnalysisRequest.of(draft)).ruleIds());
        expectedFixed.removeAll(analyzer.analyze(AnalysisRequest.of(REPLY)).ruleIds());
        assertTrue(expectedFixed.contains("shouting"));

        recorder.checked(ReplyRef.of("jirauser10100", "SUP-42", "SUP").withDraft("tab-1"),
                analyzer.analyze(AnalysisRequest.of(draft)), draft);
        listener.onIssueEvent(commented(comment(10L, REPLY, null, null)));

        List<CoachingEvent> history = store.draftEvents("jirauser10100", "SUP-42", clock.instant().minusSeconds(60));
        assertEquals(2, history.size());
        CoachingEvent sent = history.get(1);
        assertEquals(EventKind.SENT, sent.kind());
        assertEquals("tab-1", sent.ref().draftId());
        assertTrue(sent.coached());
        assertEquals(expectedFixed, sent.fixed());
        assertEquals(1, days().get(0).figures().withFix());
    }

    @Test
    public void theSameCommentDeliveredTwiceCountsOnce() {
        Comment c = comment(10L, REPLY, null, null);
        listener.onIssueEvent(commented(c));
        listener.onIssueEvent(event(c, EventType.ISSUE_UPDATED_ID));
        assertEquals(1, sent());
    }

    @Test
    public void startRegistersAndStopUnregistersWithTheEventPublisher() {
        listener.onStart();
        verify(publisher).register(listener);
        listener.onStop();
        verify(publisher).unregister(listener);
    }

    private int sent() {
        return days().stream().mapToInt(d -> d.figures().sent()).sum();
    }

    private List<AgentDay> days() {
        return store.days(ReportScope.of(DayRange.day(TODAY)));
    }

    private void property(long commentId, String json) {
        EntityProperty p = mock(EntityProperty.class);
        when(p.getValue()).thenReturn(json);
        when(properties.get(CommentAudience.ENTITY_NAME, commentId, CommentAudience.PROPERTY_KEY)).thenReturn(p);
    }

    private static Comment comment(Long id, String body, String groupLevel, Long roleLevelId) {
        ApplicationUser agent = mock(ApplicationUser.class);
        when(agent.getKey()).thenReturn("jirauser10100");
        Comment c = mock(Comment.class);
        when(c.getId()).thenReturn(id);
        when(c.getBody()).thenReturn(body);
        when(c.getAuthorApplicationUser()).thenReturn(agent);
        when(c.getGroupLevel()).thenReturn(groupLevel);
        when(c.getRoleLevelId()).thenReturn(roleLevelId);
        return c;
    }

    private static IssueEvent commented(Comment c) {
        return event(c, EventType.ISSUE_COMMENTED_ID);
    }

    private static IssueEvent event(Comment c, Long type) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("SUP");
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("SUP-42");
        when(issue.getProjectObject()).thenReturn(project);
        ApplicationUser user = c == null ? mock(ApplicationUser.class) : c.getAuthorApplicationUser();
        return new IssueEvent(issue, user, c, null, null, new HashMap<String, Object>(), type);
    }
}
