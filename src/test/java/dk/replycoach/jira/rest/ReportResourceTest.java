package dk.replycoach.jira.rest;

import dk.replycoach.jira.report.ReportWorld;
import dk.replycoach.jira.report.ReportWorld.Role;
import dk.replycoach.json.JsonParser;
import dk.replycoach.report.CoachingReportCsv;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The report resource called as Jersey would, over a recorded history and SAL users. */
public class ReportResourceTest {
    private final ReportWorld w;
    private final ReportResource resource;

    public ReportResourceTest() throws Exception {
        w = new ReportWorld();
        resource = new ReportResource(w.access, w.settings, w.history.store, w.names, w.messages, w.clock);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Response r) {
        assertEquals("application/json;charset=UTF-8", String.valueOf(r.getMetadata().getFirst("Content-Type")).replace(" ", ""));
        assertEquals("no-store", r.getMetadata().getFirst("Cache-Control"));
        return (Map<String, Object>) JsonParser.parse((String) r.getEntity());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void theTeamReportCoversTheLast12WeeksByDefault() {
        w.loggedInAs(Role.LEAD);
        Response r = resource.team(null, null, null, null);
        assertEquals(200, r.getStatus());
        Map<String, Object> body = json(r);
        assertEquals("2026-09-05", body.get("from"));
        assertEquals("2026-11-27", body.get("to"));
        assertEquals(false, body.get("hidden"));
        // 84 days from a Saturday to a Friday touch 13 ISO weeks.
        assertEquals(13, ((List<Object>) body.get("weeks")).size());
        List<Map<String, Object>> agents = (List<Map<String, Object>>) body.get("agents");
        assertEquals("Full name of anna", agents.get(0).get("displayName"));
        assertEquals("Bob Builder", agents.get(1).get("displayName"));
    }

    @Test
    public void teamFiguresAreHiddenBelowTheMinimumGroupSize() {
        w.settings.save(1, w.settings.current().toBuilder().minGroupSize(3).build());
        w.loggedInAs(Role.ADMIN);
        Map<String, Object> body = json(resource.team(null, null, null, null));
        assertEquals(true, body.get("hidden"));
        assertEquals(2L, body.get("agentCount"));
        assertFalse(body.containsKey("agents"));
        Response csv = resource.team(null, null, null, "csv");
        assertEquals(CoachingReportCsv.HEADER + "\r\n", csv.getEntity());
    }

    @Test
    public void csvComesAsADownloadNamedByThePeriodOnly() {
        w.loggedInAs(Role.LEAD);
        Response r = resource.agent("bob", "2026-11-01", "2026-11-27", "csv");
        assertEquals(200, r.getStatus());
        assertEquals("text/csv;charset=UTF-8", String.valueOf(r.getMetadata().getFirst("Content-Type")).replace(" ", ""));
        assertEquals("attachment; filename=\"reply-coach-agent-2026-11-01-2026-11-27.csv\"", r.getMetadata().getFirst("Content-Disposition"));
        String[] lines = ((String) r.getEntity()).split("\r\n");
        assertEquals(CoachingReportCsv.HEADER, lines[0]);
        assertTrue(lines[1], lines[1].startsWith("bob,Bob Builder,all,1,1,1,40,,0,0,0,avoiding:1,avoiding,"));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void meIsTheCallersOwnReportWithGuidance() {
        w.loggedInAs(Role.AGENT);
        Map<String, Object> body = json(resource.me(null, null, null));
        assertEquals("anna", body.get("userKey"));
        assertEquals(80.0, ((Number) ((Map<String, Object>) body.get("figures")).get("averageScore")).doubleValue(), 1e-9);
        Map<String, Object> guidance = ((List<Map<String, Object>>) body.get("guidance")).get(0);
        assertEquals("excuse", guidance.get("rule"));
        assertEquals("No excuses", guidance.get("name"));
    }

    @Test
    public void badParametersAnswer400NamingTheParameter() {
        w.loggedInAs(Role.LEAD);
        Map<String, Object> date = json(resource.team("31-12-2026", null, null, null));
        assertEquals("invalid", date.get("error"));
        assertEquals("from", date.get("field"));
        assertEquals("“31-12-2026” is not a date; use yyyy-MM-dd (for example 2026-03-31).", date.get("message"));
        assertEquals(400, resource.team("2025-01-01", "2026-11-27", null, null).getStatus());
        assertEquals("to", json(resource.agent("bob", "2026-11-02", "2026-11-01", null)).get("field"));
        assertEquals("format", json(resource.me(null, null, "xml")).get("field"));

        Response project = resource.team(null, null, "<script>alert(1)</script>", null);
        assertEquals(400, project.getStatus());
        assertFalse("the echo cannot close a script tag", ((String) project.getEntity()).contains("<script"));
        assertEquals("project", json(project).get("field"));

        assertEquals("userKey", json(resource.agent(" ", null, null, null)).get("field"));
        assertEquals(400, resource.agent("x".repeat(256), null, null, null).getStatus());
    }

    @Test
    public void aRefusedCallerLearnsNothingFromParameterErrors() {
        w.loggedInAs(Role.AGENT);
        assertEquals(403, resource.team("not a date", null, null, "xml").getStatus());
        assertEquals(403, resource.agent("bob", "not a date", null, null).getStatus());
        w.loggedInAs(Role.ANONYMOUS);
        Map<String, Object> body = json(resource.me("not a date", null, null));
        assertEquals("unauthorized", body.get("error"));
        assertEquals("Log in to see Reply Coach reports.", body.get("message"));
    }

    @Test
    public void messagesAreInTheCallersLanguage() {
        when(w.authentication.getLocale()).thenReturn(new Locale("da", "DK"));
        w.loggedInAs(Role.AGENT);
        assertEquals("Kun teamledere og Jira-administratorer kan se teamets coachingrapporter.",
                json(resource.team(null, null, null, null)).get("message"));
    }
}
