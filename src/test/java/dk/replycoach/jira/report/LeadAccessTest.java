package dk.replycoach.jira.report;

import com.atlassian.sal.api.user.UserKey;
import dk.replycoach.jira.report.ReportWorld.Role;
import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class LeadAccessTest {
    private final ReportWorld w;

    public LeadAccessTest() throws Exception {
        w = new ReportWorld();
    }

    @Test
    public void leadsAreMembersOfAnyLeadGroupOrAdministrators() {
        w.settings.save(1, w.settings.current().toBuilder().leadGroup("second-line").build());
        when(w.users.isUserInGroup(new UserKey("sara"), "second-line")).thenReturn(true);
        when(w.users.isSystemAdmin(new UserKey("root"))).thenReturn(true);
        for (String lead : new String[] {"lena", "sara", "adam", "root"}) {
            when(w.users.getRemoteUserKey()).thenReturn(new UserKey(lead));
            assertTrue(lead, w.access.currentUser().isLead());
        }
        w.loggedInAs(Role.AGENT);
        ReportViewer anna = w.access.currentUser();
        assertFalse(anna.isLead());
        assertEquals("anna", anna.userKey());
        assertTrue(anna.mayViewAgent("anna"));
        assertFalse(anna.mayViewAgent("bob"));
        assertFalse(anna.mayViewAgent(null));
        assertTrue(anna.mayViewOwn());
    }

    @Test
    public void membershipIsAskedOnEveryRequestSoARemovedLeadLosesTheReportAtOnce() throws Exception {
        w.loggedInAs(Role.LEAD);
        assertEquals("200", w.get(w.teamServlet(), ReportLinks.TEAM_PAGE, Map.of()).outcome());
        when(w.users.isUserInGroup(new UserKey("lena"), ReportWorld.LEAD_GROUP)).thenReturn(false);
        assertEquals("403", w.get(w.teamServlet(), ReportLinks.TEAM_PAGE, Map.of()).outcome());
        assertFalse(new LeadCondition(w.access).shouldDisplay(Map.of()));
    }

    @Test
    public void aGroupTakenOffTheSettingsNoLongerMakesLeads() {
        w.loggedInAs(Role.LEAD);
        assertTrue(w.access.currentUser().mayViewTeam());
        w.settings.save(1, w.settings.current().toBuilder().leadGroups(java.util.List.of()).build());
        assertFalse(w.access.currentUser().mayViewTeam());
    }

    @Test
    public void anonymousUsersAreNeverAskedAbout() {
        w.loggedInAs(Role.ANONYMOUS);
        ReportViewer v = w.access.currentUser();
        assertTrue(v.isAnonymous());
        assertFalse(v.mayViewTeam());
        assertFalse(v.mayViewAgent(null));
        assertFalse(v.mayViewOwn());
        verify(w.users, never()).isUserInGroup(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    public void aDeletedUserShowsAsTheirKey() {
        assertEquals("ghost", w.names.displayName("ghost"));
        w.name("blank", " ");
        assertEquals("blank", w.names.displayName("blank"));
        assertEquals("Bob Builder", w.names.displayName("bob"));
    }
}
