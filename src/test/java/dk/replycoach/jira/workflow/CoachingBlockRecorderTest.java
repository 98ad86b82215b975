package dk.replycoach.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Severity;
import dk.replycoach.coaching.CoachingEvent;
import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.DraftTracker;
import dk.replycoach.coaching.EventKind;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class CoachingBlockRecorderTest {
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final Issue issue = mock(Issue.class);
    private final Project project = mock(Project.class);

    {
        when(agent.getKey()).thenReturn("JIRAUSER10");
        when(issue.getKey()).thenReturn("SD-7");
        when(issue.getProjectObject()).thenReturn(project);
        when(project.getKey()).thenReturn("SD");
    }

    @Test
    public void aBlockBecomesABlockedEventWithTheBlockingRules() {
        Clock clock = Clock.systemUTC();
        CoachingStore store = mock(CoachingStore.class);
        CoachingBlockRecorder recorder = new CoachingBlockRecorder(new CoachingRecorder(store, clock, new DraftTracker(clock)));
        ReplyReport report = ReplyAnalyzer.withDefaults().analyze(AnalysisRequest.of("Det er fandme for dumt."));
        recorder.blocked(agent, issue, report, report.findings().stream().filter(f -> f.severity() == Severity.BLOCK)
                .collect(java.util.stream.Collectors.toList()));
        ArgumentCaptor<CoachingEvent> captor = ArgumentCaptor.forClass(CoachingEvent.class);
        verify(store).record(captor.capture());
        CoachingEvent blocked = captor.getValue();
        assertEquals(EventKind.BLOCKED, blocked.kind());
        assertEquals("JIRAUSER10", blocked.ref().agent());
        assertEquals(Severity.BLOCK, blocked.rules().get("profanity"));
        assertEquals("SD", blocked.ref().projectKey());
    }

    @Test
    public void aFailingStoreIsSwallowed() {
        CoachingStore broken = mock(CoachingStore.class);
        doThrow(new IllegalStateException("db down")).when(broken).record(any());
        Clock clock = Clock.systemUTC();
        new CoachingBlockRecorder(new CoachingRecorder(broken, clock, new DraftTracker(clock)))
                .blocked(agent, issue, ReplyAnalyzer.withDefaults().analyze(AnalysisRequest.of("x")), List.of());
    }
}
