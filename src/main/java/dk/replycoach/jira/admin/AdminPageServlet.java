package dk.replycoach.jira.admin;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import dk.replycoach.analysis.Messages;
import dk.replycoach.coaching.CoachingReports;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.DayRange;
import dk.replycoach.coaching.RuleFeedback;
import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.SettingsRepository;
import dk.replycoach.jira.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /plugins/servlet/reply-coach/admin}: the Reply Coach settings page. Anonymous users go to
 * the login page and come back; logged-in users without admin rights get a 403 page; admins must
 * be in a WebSudo session (Jira asks for the password again, like on its own admin pages). The page
 * only shows the settings: it saves through the JSON REST resource, so there is no form post to
 * protect against XSRF. GET only; other methods get 405 from HttpServlet.
 *
 * <p>The rule table shows each rule's "not helpful" rate over the last {@value #CALIBRATION_DAYS}
 * days, read from the coaching statistics on each view; if they cannot be read, the page still
 * shows and says so.
 */
public class AdminPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/admin/settings.vm";
    static final String FORBIDDEN_TEMPLATE = "templates/admin/forbidden.vm";
    static final int CALIBRATION_DAYS = 90;
    private static final Logger LOG = LoggerFactory.getLogger(AdminPageServlet.class);

    private final transient AdminAccess access;
    private final transient LoginUriProvider loginUris;
    private final transient WebSudoManager webSudo;
    private final transient TemplateRenderer renderer;
    private final transient JiraAuthenticationContext authentication;
    private final transient SettingsRepository settings;
    private final transient CoachingReports reports;
    private final transient Clock clock;

    @Inject
    public AdminPageServlet(AdminAccess access, @ComponentImport LoginUriProvider loginUris,
                            @ComponentImport WebSudoManager webSudo, @ComponentImport TemplateRenderer renderer,
                            @ComponentImport JiraAuthenticationContext authentication, SettingsRepository settings,
                            CoachingStore store) {
        this(access, loginUris, webSudo, renderer, authentication, settings, store, Clock.systemDefaultZone());
    }

    /** With a clock, so tests decide which days the calibration period covers. */
    AdminPageServlet(AdminAccess access, LoginUriProvider loginUris, WebSudoManager webSudo, TemplateRenderer renderer,
                     JiraAuthenticationContext authentication, SettingsRepository settings, CoachingStore store, Clock clock) {
        this.access = access;
        this.loginUris = loginUris;
        this.webSudo = webSudo;
        this.renderer = renderer;
        this.authentication = authentication;
        this.settings = settings;
        this.reports = new CoachingReports(store);
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AdminSettings current = settings.current();
        Locale locale = authentication.getLocale();
        Messages messages = Messages.forLanguage(current.uiLanguageFor(locale == null ? null : locale.getLanguage()));
        switch (access.of(request)) {
            case ANONYMOUS:
                response.sendRedirect(loginUris.getLoginUri(returnUri(request)).toASCIIString());
                return;
            case FORBIDDEN:
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                render(FORBIDDEN_TEMPLATE, AdminPageModel.forbidden(messages), response);
                return;
            default:
                break;
        }
        if (!webSudo.canExecuteRequest(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        render(TEMPLATE, AdminPageModel.of(current, messages, request.getContextPath(), ruleFeedback()), response);
    }

    /** The last {@value #CALIBRATION_DAYS} days' votes and firings per rule; null when the statistics cannot be read. */
    private Map<String, RuleFeedback> ruleFeedback() {
        try {
            return reports.ruleFeedback(DayRange.lastDays(CALIBRATION_DAYS, LocalDate.now(clock)));
        } catch (RuntimeException e) {
            LOG.warn("Reply Coach could not read the rules' \"not helpful\" votes for the settings page: {}", LogSafe.describe(e));
            return null;
        }
    }

    private void render(String template, Map<String, Object> context, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(template, context, response.getWriter());
    }

    /** This page, so the login page sends the admin back here; the path alone if the URL is odd. */
    static URI returnUri(HttpServletRequest request) {
        String query = request.getQueryString();
        try {
            return URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        } catch (IllegalArgumentException e) {
            return URI.create(request.getContextPath() + "/plugins/servlet/reply-coach/admin");
        }
    }
}
