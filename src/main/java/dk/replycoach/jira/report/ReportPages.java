package dk.replycoach.jira.report;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import dk.replycoach.analysis.Messages;
import dk.replycoach.config.SettingsRepository;
import dk.replycoach.report.MinimumGroupSize;
import dk.replycoach.report.RuleTexts;

import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static dk.replycoach.report.Html.esc;

/**
 * What the three report pages do alike: find out who is asking (anonymous users go to the login page
 * and come back), answer 403 with a page of its own, read the period form, and render a template.
 */
@Named
public class ReportPages {
    static final String MESSAGE_TEMPLATE = "templates/report/message.vm";

    private final LeadAccess access;
    private final LoginUriProvider loginUris;
    private final TemplateRenderer renderer;
    private final ReaderMessages messages;
    private final SettingsRepository settings;
    private final Clock clock;

    @Inject
    public ReportPages(LeadAccess access, @ComponentImport LoginUriProvider loginUris,
                       @ComponentImport TemplateRenderer renderer, ReaderMessages messages, SettingsRepository settings) {
        this(access, loginUris, renderer, messages, settings, Clock.systemDefaultZone());
    }

    /** With a clock, so tests decide which day "the last 12 weeks" end on. */
    ReportPages(LeadAccess access, LoginUriProvider loginUris, TemplateRenderer renderer, ReaderMessages messages,
                SettingsRepository settings, Clock clock) {
        this.access = access;
        this.loginUris = loginUris;
        this.renderer = renderer;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** Who asks; for an anonymous user the answer is already a redirect to the login page, and null is returned. */
    ReportViewer viewerOrLogin(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
        ReportViewer viewer = access.of(request);
        if (viewer.isAnonymous()) {
            response.sendRedirect(loginUris.getLoginUri(returnUri(request, page)).toASCIIString());
            return null;
        }
        return viewer;
    }

    ReportPageModel model() {
        Messages m = messages.current();
        return new ReportPageModel(m, RuleTexts.of(m));
    }

    ReportForm form(HttpServletRequest request, Messages m, boolean withProject) {
        return ReportForm.read(request.getParameter("from"), request.getParameter("to"),
                withProject ? request.getParameter("project") : null, LocalDate.now(clock), m);
    }

    MinimumGroupSize minimumGroupSize() {
        return new MinimumGroupSize(settings.current().minGroupSize());
    }

    /** 403 with a page that says who may see the report. */
    void forbidden(HttpServletResponse response, ReportPageModel page, String messageKey) throws IOException {
        message(response, page, HttpServletResponse.SC_FORBIDDEN, "replycoach.report.forbidden.title", messageKey);
    }

    /** A page with a heading and one message, and no report: 403, or 400 for a request that names no report. */
    void message(HttpServletResponse response, ReportPageModel page, int status, String titleKey, String messageKey)
            throws IOException {
        Map<String, Object> ctx = page.texts();
        ctx.put("title", esc(page.messages().get(titleKey)));
        ctx.put("message", esc(page.messages().get(messageKey)));
        render(MESSAGE_TEMPLATE, ctx, status, response);
    }

    /** Renders with {@code status}: 400 for a form that makes no report, else 200. */
    void render(String template, Map<String, Object> context, int status, HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        // Reports are personal data: keep them out of shared caches and the browser's back-forward store.
        response.setHeader("Cache-Control", "no-store");
        renderer.render(template, context, response.getWriter());
    }

    /** This page, so the login page sends the user back here; the path alone if the URL is odd. */
    static URI returnUri(HttpServletRequest request, String page) {
        String query = request.getQueryString();
        try {
            return URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        } catch (IllegalArgumentException e) {
            return URI.create(request.getContextPath() + page);
        }
    }
}
