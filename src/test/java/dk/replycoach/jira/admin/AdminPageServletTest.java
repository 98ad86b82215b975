package dk.replycoach.jira.admin;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import dk.replycoach.analysis.Severity;
import dk.replycoach.coaching.CoachingEvent;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.Events;
import dk.replycoach.coaching.InMemoryCoachingStore;
import dk.replycoach.coaching.ReportScope;
import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.SettingsRepository;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class AdminPageServletTest {
    private static final UserKey AGENT = new UserKey("agent");
    private static final UserKey ADMIN = new UserKey("admin");
    private static final UserKey SYSADMIN = new UserKey("sysadmin");

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider loginUris = mock(LoginUriProvider.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final SettingsRepository settings = mock(SettingsRepository.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private final InMemoryCoachingStore store = new InMemoryCoachingStore();
    private AdminPageServlet servlet;

    @Before
    public void setUp() throws Exception {
        when(users.isAdmin(ADMIN)).thenReturn(true);
        when(users.isSystemAdmin(SYSADMIN)).thenReturn(true);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(settings.current()).thenReturn(AdminSettings.defaults());
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/jira/plugins/servlet/reply-coach/admin"));
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getMethod()).thenReturn("GET");
        when(request.getProtocol()).thenReturn("HTTP/1.1");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(loginUris.getLoginUri(any(URI.class))).thenAnswer(i -> URI.create("https://jira.example.com/jira/login.jsp?os_destination="
                + java.net.URLEncoder.encode(i.getArgument(0).toString(), "UTF-8")));
        servlet = servlet(store);
    }

    private AdminPageServlet servlet(CoachingStore coaching) {
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new AdminPageServlet(new AdminAccess(users), loginUris, webSudo, renderer, authentication, settings, coaching, clock);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> renderedModel(AdminPageServlet s) throws Exception {
        as(ADMIN, true);
        s.service(request, response);
        ArgumentCaptor<Map<String, Object>> model = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(AdminPageServlet.TEMPLATE), model.capture(), any(Writer.class));
        return model.getValue();
    }

    @SuppressWarnings("unchecked")
    private static String notHelpful(Map<String, Object> model, String rule) {
        for (Map<String, Object> row : (List<Map<String, Object>>) model.get("rules")) {
            if (rule.equals(row.get("id"))) {
                return (String) row.get("notHelpful");
            }
        }
        throw new AssertionError("no row for " + rule);
    }

    @Test
    public void theRuleTableShowsTheNotHelpfulRateOfTheLast90Days() throws Exception {
        LocalDate first = TODAY.minusDays(AdminPageServlet.CALIBRATION_DAYS - 1L);
        for (int i = 0; i < 4; i++) {
            store.record(Events.sent("anna", "SUP", first, 60, Events.rules("no-but", Severity.WARNING)));
        }
        store.record(CoachingEvent.notHelpful(Events.ref("anna", "SUP"), Events.noon(TODAY), "no-but", Severity.WARNING));
        // Outside the period: neither the firing nor the votes count.
        store.record(Events.sent("anna", "SUP", first.minusDays(1), 60, Events.rules("no-but", Severity.WARNING)));
        store.record(CoachingEvent.notHelpful(Events.ref("anna", "SUP"), Events.noon(first.minusDays(1)), "no-but", Severity.WARNING));
        store.record(CoachingEvent.notHelpful(Events.ref("bob", "SUP"), Events.noon(TODAY), "ask-feelings", Severity.INFO));
        store.record(CoachingEvent.notHelpful(Events.ref("bob", "SUP"), Events.noon(TODAY), "ask-feelings", Severity.INFO));

        Map<String, Object> model = renderedModel(servlet);
        assertEquals("25% (1 of 4)", notHelpful(model, "no-but"));
        assertEquals("2 vote(s), not in sent replies", notHelpful(model, "ask-feelings"));
        assertEquals("–", notHelpful(model, "shouting"));
    }

    @Test
    public void thePageStillShowsWhenTheStatisticsCannotBeRead() throws Exception {
        CoachingStore broken = mock(CoachingStore.class);
        when(broken.days(any(ReportScope.class))).thenThrow(new IllegalStateException("database down"));
        Map<String, Object> model = renderedModel(servlet(broken));
        assertEquals("Not available right now", notHelpful(model, "no-but"));
        verify(response, never()).setStatus(500);
    }

    private void as(UserKey user, boolean inWebSudo) {
        when(users.getRemoteUserKey(request)).thenReturn(user);
        when(webSudo.canExecuteRequest(request)).thenReturn(inWebSudo);
    }

    @Test
    public void anonymousUsersAreSentToTheLoginPageAndBack() throws Exception {
        as(null, true);
        when(request.getQueryString()).thenReturn("tab=phrases");
        servlet.service(request, response);
        verify(response).sendRedirect("https://jira.example.com/jira/login.jsp?os_destination="
                + "https%3A%2F%2Fjira.example.com%2Fjira%2Fplugins%2Fservlet%2Freply-coach%2Fadmin%3Ftab%3Dphrases");
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    }

    @Test
    public void usersWithoutAdminRightsGetA403Page() throws Exception {
        as(AGENT, true);
        servlet.service(request, response);
        verify(response).setStatus(403);
        verify(renderer).render(eq(AdminPageServlet.FORBIDDEN_TEMPLATE), anyMap(), any(Writer.class));
        verify(renderer, never()).render(eq(AdminPageServlet.TEMPLATE), anyMap(), any(Writer.class));
        verify(webSudo, never()).enforceWebSudoProtection(request, response);
    }

    @Test
    public void adminsOutsideWebSudoAreAskedToConfirm() throws Exception {
        as(ADMIN, false);
        servlet.service(request, response);
        verify(webSudo).enforceWebSudoProtection(request, response);
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void adminsAndSystemAdminsInWebSudoGetThePage() throws Exception {
        for (UserKey admin : new UserKey[] {ADMIN, SYSADMIN}) {
            HttpServletResponse page = mock(HttpServletResponse.class);
            when(page.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
            as(admin, true);
            servlet.service(request, page);
            ArgumentCaptor<Map<String, Object>> model = ArgumentCaptor.forClass(Map.class);
            verify(renderer).render(eq(AdminPageServlet.TEMPLATE), model.capture(), any(Writer.class));
            assertEquals("0", model.getValue().get("version"));
            assertEquals("/jira", model.getValue().get("contextPath"));
            verify(page).setContentType("text/html;charset=UTF-8");
            verify(page).setHeader("Cache-Control", "no-store");
            verify(page, never()).setStatus(403);
            org.mockito.Mockito.reset(renderer);
        }
    }

    @Test
    public void formPostsAreNotAccepted() throws Exception {
        as(ADMIN, true);
        when(request.getMethod()).thenReturn("POST");
        servlet.service(request, response);
        verify(response).sendError(eq(405), anyString());
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    }

    @Test
    public void anOddUrlStillGivesAReturnAddress() {
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/jira/plugins/servlet/reply-coach/admin"));
        when(request.getQueryString()).thenReturn("a=<b> c");
        URI uri = AdminPageServlet.returnUri(request);
        assertTrue(uri.toString(), uri.toString().endsWith("/plugins/servlet/reply-coach/admin"));
    }
}
