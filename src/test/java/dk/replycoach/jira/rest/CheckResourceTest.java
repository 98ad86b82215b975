package dk.replycoach.jira.rest;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dk.replycoach.coaching.CoachingEvent;
import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.DraftTracker;
import dk.replycoach.coaching.EventKind;
import dk.replycoach.config.AnalyzerSource;
import dk.replycoach.config.CheckScope;
import dk.replycoach.jira.comment.CustomerMessages;
import dk.replycoach.json.JsonParser;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import javax.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class CheckResourceTest {
    private static final String JSON = "application/json";
    private static final String ESCALATING = "Jeg forstår din frustration, men det er vores politik.";

    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final CustomerMessages customers = mock(CustomerMessages.class);
    private final CoachingStore store = mock(CoachingStore.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final Project project = mock(Project.class);
    private final CoachingWriter writer = new CoachingWriter();
    private CheckScope scope = CheckScope.defaults();
    private CheckCapacity capacity = new CheckCapacity();

    @Before
    public void setUp() {
        when(auth.getLoggedInUser()).thenReturn(agent);
        when(auth.getLocale()).thenReturn(Locale.ENGLISH);
        when(agent.getKey()).thenReturn("JIRAUSER1");
        when(issues.getIssueObject("SD-1")).thenReturn(issue);
        when(issue.getKey()).thenReturn("SD-1");
        when(issue.getProjectObject()).thenReturn(project);
        when(project.getKey()).thenReturn("SD");
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agent)).thenReturn(true);
    }

    @After
    public void tearDown() {
        writer.onStop();
    }

    private CheckResource resource() {
        Clock clock = Clock.systemUTC();
        return new CheckResource(auth, issues, permissions, AnalyzerSource.defaults(), scope, customers,
                new CoachingRecorder(store, clock, new DraftTracker(clock)), writer, capacity);
    }

    private static ByteArrayInputStream body(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<?, ?> json(Response r) {
        return (Map<?, ?>) JsonParser.parse((String) r.getEntity());
    }

    private Response check(String body) {
        return resource().check(JSON, body(body));
    }

    @Test
    public void aLoggedInAgentWhoSeesTheIssueGetsTheReport() throws Exception {
        Response r = check("{\"text\":\"" + ESCALATING + "\",\"issueKey\":\"SD-1\",\"draftId\":\"d1\"}");
        assertEquals(200, r.getStatus());
        Map<?, ?> report = json(r);
        assertEquals("da", report.get("language"));
        assertTrue(r.getEntity().toString(), r.getEntity().toString().contains("\"rule\":\"no-but\""));
        assertTrue("messages in the agent's UI language", r.getEntity().toString().contains("takes back"));
        assertTrue(writer.drain(5000));
        ArgumentCaptor<CoachingEvent> recorded = ArgumentCaptor.forClass(CoachingEvent.class);
        verify(store).record(recorded.capture());
        assertEquals(EventKind.CHECKED, recorded.getValue().kind());
        assertTrue(recorded.getValue().rules().containsKey("no-but"));
    }

    @Test
    public void permissionMatrix() {
        String body = "{\"text\":\"Hej\",\"issueKey\":\"SD-1\"}";
        when(auth.getLoggedInUser()).thenReturn(null);
        assertEquals("anonymous", 401, check(body).getStatus());
        assertEquals(401, resource().feedback(JSON, body("{\"rule\":\"no-but\",\"issueKey\":\"SD-1\"}")).getStatus());
        assertEquals(401, resource().override(JSON, body("{\"issueKey\":\"SD-1\",\"reason\":\"other\",\"rules\":[\"profanity\"]}")).getStatus());

        when(auth.getLoggedInUser()).thenReturn(agent);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agent)).thenReturn(false);
        assertEquals("cannot browse the issue", 404, check(body).getStatus());
        assertEquals(404, resource().feedback(JSON, body("{\"rule\":\"no-but\",\"issueKey\":\"SD-1\"}")).getStatus());
        assertEquals(404, resource().override(JSON, body("{\"issueKey\":\"SD-1\",\"reason\":\"other\",\"rules\":[\"profanity\"]}")).getStatus());
        assertEquals("no such issue", 404, check("{\"text\":\"Hej\",\"issueKey\":\"NOPE-9\"}").getStatus());

        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agent)).thenReturn(true);
        assertEquals(200, check(body).getStatus());
        assertEquals(204, resource().feedback(JSON, body("{\"rule\":\"no-but\",\"issueKey\":\"SD-1\"}")).getStatus());
        assertEquals(204, resource().override(JSON, body("{\"issueKey\":\"SD-1\",\"reason\":\"other\",\"rules\":[\"profanity\"]}")).getStatus());
    }

    @Test
    public void formPostsAreRefusedAsXsrfRisk() {
        assertEquals(415, resource().check("application/x-www-form-urlencoded", body("text=x&issueKey=SD-1")).getStatus());
        assertEquals(415, resource().check("text/plain", body("{\"text\":\"x\",\"issueKey\":\"SD-1\"}")).getStatus());
        assertEquals(415, resource().check(null, body("{}")).getStatus());
        assertEquals(200, resource().check("application/json; charset=UTF-8", body("{\"text\":\"x\",\"issueKey\":\"SD-1\"}")).getStatus());
    }

    @Test
    public void bodiesOverTheCapGet413WithJson() {
        String big = "{\"text\":\"" + "a".repeat(CheckResource.MAX_BODY_BYTES) + "\",\"issueKey\":\"SD-1\"}";
        Response r = check(big);
        assertEquals(413, r.getStatus());
        assertTrue(json(r).get("error").toString().contains("larger than"));
    }

    @Test
    public void badJsonAndBadFieldsGet400WithAMessage() {
        assertEquals(400, check("{not json").getStatus());
        assertEquals(400, check("[1,2]").getStatus());
        assertEquals(400, check("{\"issueKey\":\"SD-1\"}").getStatus());
        assertEquals(400, check("{\"text\":5,\"issueKey\":\"SD-1\"}").getStatus());
        assertEquals(400, check("{\"text\":\"x\",\"issueKey\":\"SD-1\",\"internal\":\"yes\"}").getStatus());
        assertTrue(json(check("{\"issueKey\":\"SD-1\"}")).get("error").toString().contains("'text' is required"));
        assertEquals(400, resource().check(JSON, new ByteArrayInputStream(new byte[] {'{', '"', (byte) 0xff, '"'})).getStatus());
    }

    @Test
    public void projectsOutOfScopeAndInternalNotesAreNotChecked() {
        scope = new CheckScope() {
            @Override
            public boolean covers(String projectKey) {
                return !"SD".equals(projectKey);
            }

            @Override
            public boolean checksInternalNotes() {
                return false;
            }
        };
        assertEquals(Map.of("enabled", false, "reason", "project"), json(check("{\"text\":\"x\",\"issueKey\":\"SD-1\"}")));
        scope = CheckScope.defaults();
        assertEquals(Map.of("enabled", false, "reason", "internal"),
                json(check("{\"text\":\"x\",\"issueKey\":\"SD-1\",\"internal\":true}")));
    }

    @Test
    public void theCustomersLastCommentIsUsedWhenNoCustomerTextIsSent() {
        when(customers.latest(issue, agent)).thenReturn("I er nogle idioter!!!");
        Map<?, ?> report = json(check("{\"text\":\"Tal ordentligt. Pakken er sendt.\",\"issueKey\":\"SD-1\"}"));
        assertEquals(Map.of("angry", true, "abusive", true), report.get("customer"));
        Map<?, ?> calm = json(check("{\"text\":\"Tal ordentligt. Pakken er sendt.\",\"issueKey\":\"SD-1\",\"customerText\":\"Tak for hjælpen.\"}"));
        assertEquals(Map.of("angry", false, "abusive", false), calm.get("customer"));
    }

    @Test
    public void aFailingStoreNeverFailsTheCheck() throws Exception {
        doThrow(new IllegalStateException("database down")).when(store).record(any());
        Response r = check("{\"text\":\"" + ESCALATING + "\",\"issueKey\":\"SD-1\",\"draftId\":\"d1\"}");
        assertEquals(200, r.getStatus());
        assertTrue(writer.drain(5000));
        assertEquals(1, writer.failures());
    }

    @Test
    public void feedbackAndOverrideValidateTheirFields() throws Exception {
        assertEquals(400, resource().feedback(JSON, body("{\"rule\":\"no-such-rule\",\"issueKey\":\"SD-1\"}")).getStatus());
        assertEquals(400, resource().override(JSON, body("{\"issueKey\":\"SD-1\",\"reason\":\"because\",\"rules\":[\"profanity\"]}")).getStatus());
        assertEquals(400, resource().override(JSON, body("{\"issueKey\":\"SD-1\",\"reason\":\"other\",\"rules\":[]}")).getStatus());
        assertEquals(400, resource().override(JSON, body("{\"issueKey\":\"SD-1\",\"reason\":\"other\",\"rules\":[\"profanity\"],\"note\":\""
                + "x".repeat(201) + "\"}")).getStatus());
        assertEquals(204, resource().override(JSON, body("{\"issueKey\":\"SD-1\",\"draftId\":\"d9\",\"reason\":\"false-alarm\","
                + "\"rules\":[\"profanity\"],\"note\":\"quoting the customer\"}")).getStatus());
        assertTrue(writer.drain(5000));
        ArgumentCaptor<CoachingEvent> recorded = ArgumentCaptor.forClass(CoachingEvent.class);
        verify(store).record(recorded.capture());
        assertEquals(EventKind.OVERRIDDEN, recorded.getValue().kind());
        assertEquals("d9", recorded.getValue().ref().draftId());
    }

    @Test
    public void noDraftIdMeansNothingIsRecorded() throws Exception {
        check("{\"text\":\"" + ESCALATING + "\",\"issueKey\":\"SD-1\"}");
        assertTrue(writer.drain(5000));
        verify(store, never()).record(any());
        verify(permissions).hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(issue), eq(agent));
    }

    @Test
    public void aCheckThatFindsNoFreeSlotGets503WithRetryAfterAndRecordsNothing() throws Exception {
        capacity = new CheckCapacity(1, 0);
        try (HeldSlot held = HeldSlot.in(capacity)) {
            Response r = check("{\"text\":\"" + ESCALATING + "\",\"issueKey\":\"SD-1\",\"draftId\":\"d1\"}");
            assertEquals(503, r.getStatus());
            assertEquals(List.of(1L), r.getMetadata().get("Retry-After"));
            assertTrue(r.getEntity().toString(), json(r).get("error").toString().contains("busy"));
            assertEquals(1, capacity.turnedAway());
        }
        assertTrue(writer.drain(5000));
        verify(store, never()).record(any());
        assertEquals("the slot is free again", 200, check("{\"text\":\"Hej\",\"issueKey\":\"SD-1\"}").getStatus());
    }
}
