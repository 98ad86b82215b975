package dk.replycoach.jira.report;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.InMemorySettings;
import dk.replycoach.report.CoachingHistory;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static dk.replycoach.guidance.ConflictStyle.AVOIDING;
import static dk.replycoach.guidance.ConflictStyle.COLLABORATING;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A Jira with four kinds of user (not logged in; an agent; a member of the lead group; a Jira
 * administrator), SAL's user manager answering for them, the admin settings naming the lead group,
 * and a few weeks of coaching history. Report servlets and the REST resource are built over it.
 */
public final class ReportWorld {
    public static final String LEAD_GROUP = "coach-leads";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** The four columns of the permission matrix. */
    public enum Role {
        ANONYMOUS(null), AGENT("anna"), LEAD("lena"), ADMIN("adam");

        public final String key;

        Role(String key) {
            this.key = key;
        }
    }

    public final UserManager users = mock(UserManager.class);
    public final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    public final LoginUriProvider loginUris = mock(LoginUriProvider.class);
    public final InMemorySettings settings = new InMemorySettings();
    public final CoachingHistory history = new CoachingHistory();
    public final VelocityPages renderer = new VelocityPages();
    public final Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    public final LeadAccess access = new LeadAccess(users, settings);
    public final ReaderMessages messages = new ReaderMessages(authentication, settings);
    public final JiraAgentNames names = new JiraAgentNames(users);
    public final ReportPages pages = new ReportPages(access, loginUris, renderer, messages, settings, clock);

    public ReportWorld() throws Exception {
        when(users.isAdmin(new UserKey(Role.ADMIN.key))).thenReturn(true);
        when(users.isUserInGroup(new UserKey(Role.LEAD.key), LEAD_GROUP)).thenReturn(true);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(loginUris.getLoginUri(any(URI.class))).thenAnswer(i -> URI.create("https://jira.example.com/jira/login.jsp?os_destination="
                + URLEncoder.encode(i.getArgument(0).toString(), StandardCharsets.UTF_8)));
        settings.save(0, AdminSettings.defaults().toBuilder().leadGroup(LEAD_GROUP).minGroupSize(2).build());
        for (Role r : Role.values()) {
            if (r.key != null) {
                name(r.key, "Full name of " + r.key);
            }
        }
        name("bob", "Bob Builder");
        history.on(TODAY.minusDays(10))
                .reply("anna", "SUP", 70, COLLABORATING, java.util.List.of("no-but"), "excuse")
                .reply("bob", "SUP", 40, AVOIDING, java.util.List.of(), "avoiding");
        history.on(TODAY.minusDays(3)).reply("anna", "SUP", 90, COLLABORATING, java.util.List.of());
    }

    /** Gives {@code key} a Jira user profile with this full name. */
    public void name(String key, String fullName) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn(fullName);
        when(profile.getUserKey()).thenReturn(new UserKey(key));
        when(users.getUserProfile(new UserKey(key))).thenReturn(profile);
    }

    /** The user of the next requests, as SAL sees it in REST calls and in servlets. */
    public void loggedInAs(Role role) {
        UserKey key = role.key == null ? null : new UserKey(role.key);
        when(users.getRemoteUserKey()).thenReturn(key);
        when(users.getRemoteUserKey(any(javax.servlet.http.HttpServletRequest.class))).thenReturn(key);
    }

    public TeamReportServlet teamServlet() {
        return new TeamReportServlet(pages, history.store, names);
    }

    public AgentReportServlet agentServlet() {
        return new AgentReportServlet(pages, history.store, names);
    }

    public MyCoachingServlet myServlet() {
        return new MyCoachingServlet(pages, history.store, names);
    }

    /** GETs a page with the given servlet. */
    public PageExchange get(javax.servlet.http.HttpServlet servlet, String path, Map<String, String> parameters) throws Exception {
        PageExchange x = new PageExchange(path, parameters);
        servlet.service(x.request, x.response);
        return x;
    }
}
