package dk.replycoach.jira.report;

import com.atlassian.sal.api.websudo.WebSudoManager;
import dk.replycoach.jira.admin.AdminAccess;
import dk.replycoach.jira.admin.AdminPageServlet;
import dk.replycoach.jira.report.ReportWorld.Role;
import dk.replycoach.jira.rest.ReportResource;
import dk.replycoach.jira.rest.SettingsResource;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Who gets what, for every report REST call and every Reply Coach page, as one table: a row per
 * call or page, a column per kind of user. REST answers 401 to anonymous users; pages send them to
 * the login page ("login"). The agent is "anna"; "bob" is another agent. The settings page and REST
 * resource are in the table too, to show that a lead is not an administrator.
 */
public class ReportPermissionMatrixTest {
    private static final Map<String, String> NONE = Map.of();

    /** What the call answered for the user logged in. */
    private interface Call {
        String run(ReportWorld w) throws Exception;
    }

    private static final class Row {
        final String what;
        final Call call;
        final String expected;

        Row(String what, Call call, String expected) {
            this.what = what;
            this.call = call;
            this.expected = expected;
        }
    }

    private static String status(Response r) {
        return Integer.toString(r.getStatus());
    }

    private static ReportResource rest(ReportWorld w) {
        return new ReportResource(w.access, w.settings, w.history.store, w.names, w.messages);
    }

    private static String page(ReportWorld w, javax.servlet.http.HttpServlet servlet, String path, Map<String, String> params)
            throws Exception {
        return w.get(servlet, path, params).outcome();
    }

    private static AdminPageServlet adminPage(ReportWorld w) {
        WebSudoManager webSudo = mock(WebSudoManager.class);
        when(webSudo.canExecuteRequest(any())).thenReturn(true);
        return new AdminPageServlet(new AdminAccess(w.users), w.loginUris, webSudo, w.renderer, w.authentication,
                w.settings, w.history.store);
    }

    private static final List<Row> MATRIX = List.of(
            //                                                                                          anonymous agent lead admin
            new Row("GET /reports/team", w -> status(rest(w).team(null, null, null, null)), "401 403 200 200"),
            new Row("GET /reports/team?format=csv", w -> status(rest(w).team(null, null, "SUP", "csv")), "401 403 200 200"),
            new Row("GET /reports/agent/anna (the agent)", w -> status(rest(w).agent("anna", null, null, null)), "401 200 200 200"),
            new Row("GET /reports/agent/bob (another agent)", w -> status(rest(w).agent("bob", null, null, null)), "401 403 200 200"),
            new Row("GET /reports/agent/bob?format=csv", w -> status(rest(w).agent("bob", null, null, "csv")), "401 403 200 200"),
            new Row("GET /reports/me", w -> status(rest(w).me(null, null, null)), "401 200 200 200"),
            new Row("GET /reports/me?format=csv", w -> status(rest(w).me(null, null, "csv")), "401 200 200 200"),
            new Row("page /report", w -> page(w, w.teamServlet(), ReportLinks.TEAM_PAGE, NONE), "login 403 200 200"),
            new Row("page /report?project=SUP", w -> page(w, w.teamServlet(), ReportLinks.TEAM_PAGE, Map.of("project", "SUP")),
                    "login 403 200 200"),
            new Row("page /report/agent?user=anna", w -> page(w, w.agentServlet(), ReportLinks.AGENT_PAGE, Map.of("user", "anna")),
                    "login 200 200 200"),
            new Row("page /report/agent?user=bob", w -> page(w, w.agentServlet(), ReportLinks.AGENT_PAGE, Map.of("user", "bob")),
                    "login 403 200 200"),
            new Row("page /my-coaching", w -> page(w, w.myServlet(), ReportLinks.MY_PAGE, NONE), "login 200 200 200"),
            new Row("menu link to /report (LeadCondition)", w -> new LeadCondition(w.access).shouldDisplay(Map.of()) ? "shown" : "hidden",
                    "hidden hidden shown shown"),
            new Row("page /admin (settings)", w -> page(w, adminPage(w), "/plugins/servlet/reply-coach/admin", NONE), "login 403 403 200"),
            new Row("GET /settings", w -> status(new SettingsResource(new AdminAccess(w.users), w.settings, w.authentication).get()),
                    "401 403 403 200"));

    @Test
    public void everyKindOfUserGetsWhatTheTableSays() throws Exception {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Row row : MATRIX) {
            String[] expected = row.expected.split(" ");
            List<String> actual = new ArrayList<>();
            for (Role role : Role.values()) {
                ReportWorld w = new ReportWorld();
                w.loggedInAs(role);
                actual.add(row.call.run(w));
            }
            for (int i = 0; i < expected.length; i++) {
                if (!expected[i].equals(actual.get(i))) {
                    wrong.put(row.what + " as " + Role.values()[i], "expected " + expected[i] + ", got " + actual.get(i));
                }
            }
        }
        assertEquals("cells that differ from the table", Map.of(), wrong);
    }

    @Test
    public void theTableCoversEveryRoleAndEveryReportEntryPoint() {
        assertEquals(4, Role.values().length);
        for (Row row : MATRIX) {
            assertEquals(row.what, Role.values().length, row.expected.split(" ").length);
        }
        // Every public GET of the report resource and every report servlet appears in the table.
        long restMethods = java.util.Arrays.stream(ReportResource.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(javax.ws.rs.GET.class)).count();
        assertEquals(3, restMethods);
        String rows = MATRIX.stream().map(r -> r.what).reduce("", String::concat);
        for (String entry : new String[] {"/reports/team", "/reports/agent/", "/reports/me", "page /report", "page /report/agent",
                "page /my-coaching", "format=csv"}) {
            assertEquals(entry, true, rows.contains(entry));
        }
    }
}
