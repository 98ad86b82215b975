package dk.replycoach.sandbox;

import dk.replycoach.coaching.AgentDay;
import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.DayRange;
import dk.replycoach.coaching.ReportScope;
import dk.replycoach.json.JsonWriter;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static dk.replycoach.jira.admin.Html.escape;

/**
 * The sandbox's own pages: the start page (what to try, as whom), the login page SAL's login URI
 * points at, {@code /status} for scripts, and placeholders for report pages that are not built yet.
 */
final class SandboxPages extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Sandbox sandbox;
    private final transient PageChrome chrome;

    SandboxPages(Sandbox sandbox, PageChrome chrome) {
        this.sandbox = sandbox;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        switch (path) {
            case "/status":
                status(resp);
                return;
            case "/login.jsp":
                login(req, resp);
                return;
            case "":
            case "/":
                home(req, resp);
                return;
            default:
                resp.sendError(404);
        }
    }

    /** Readiness and what is mounted, for the browser tests' start script. */
    private void status(HttpServletResponse resp) throws IOException {
        JsonWriter w = new JsonWriter().beginObject().name("ready").value(true).name("reportPages").beginArray();
        for (String id : sandbox.mountedReportPages()) {
            w.value(id);
        }
        w.endArray().name("users").beginArray();
        for (SandboxUsers.User u : sandbox.users.all()) {
            w.value(u.getUsername());
        }
        w.endArray().endObject();
        resp.setContentType("application/json;charset=UTF-8");
        resp.getWriter().write(w.toString());
    }

    private void login(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String back = sameSite(req.getParameter("os_destination"));
        StringBuilder b = new StringBuilder("<p>Pick who to be. The sandbox has no passwords; Jira's login page is not part of the plugin.</p><ul class=\"sandbox-users\">");
        for (SandboxUsers.User u : sandbox.users.all()) {
            String sep = back.contains("?") ? "&" : "?";
            b.append("<li><a class=\"sandbox-login-as\" href=\"").append(escape(back + sep + "as=" + SandboxLogin.encode(u.getUsername())))
                    .append("\">").append(escape(u.getDisplayName())).append("</a> <span class=\"sandbox-muted\">")
                    .append(escape(u.role())).append(", ").append(escape(u.locale().getDisplayLanguage(java.util.Locale.ENGLISH)))
                    .append("</span></li>");
        }
        b.append("</ul>");
        PageChrome.Page page = new PageChrome.Page("Log in");
        page.body = PageChrome.panel("Log in to the sandbox", b.toString());
        chrome.write(req, resp, page);
    }

    /** Where to go after logging in: a path on this server only (SAL hands over a full URL), else the start page. */
    private static String sameSite(String destination) {
        String fallback = PageChrome.CONTEXT_PATH + "/";
        if (destination == null) {
            return fallback;
        }
        try {
            java.net.URI uri = new java.net.URI(destination);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(PageChrome.CONTEXT_PATH + "/")
                    || uri.getHost() != null && !"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
                return fallback;
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (java.net.URISyntaxException e) {
            return fallback;
        }
    }

    private void home(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StringBuilder b = new StringBuilder();
        SandboxUsers.User me = SandboxUsers.current();
        b.append("<p>A stand-in for Jira Service Management running Reply Coach's real code: the comment panel and send gate,")
                .append(" the workflow validator, the settings page and the REST resources, with an in-memory coaching store.</p>");
        if (me == null) {
            b.append("<div class=\"aui-message aui-message-info\"><p>You are not logged in. Choose a user at the top right, or ")
                    .append("<a href=\"").append(PageChrome.CONTEXT_PATH).append("/login.jsp\">log in</a>.</p></div>");
        }
        b.append("<h2>Issues</h2><table class=\"aui\"><thead><tr><th>Key</th><th>Summary</th><th>View</th><th>Status</th></tr></thead><tbody>");
        for (SandboxIssues.SandboxIssue i : sandbox.issues.all()) {
            b.append("<tr><td><a href=\"").append(PageChrome.CONTEXT_PATH).append("/browse/").append(escape(i.getKey())).append("\">")
                    .append(escape(i.getKey())).append("</a></td><td>").append(escape(i.summary())).append("</td><td>")
                    .append(i.getProjectObject().isServiceDesk() ? "JSM agent view" : "Classic issue view").append("</td><td>")
                    .append(escape(i.status())).append("</td></tr>");
        }
        b.append("</tbody></table>");
        b.append("<h2>Pages</h2><ul>")
                .append("<li><a href=\"").append(PageChrome.CONTEXT_PATH).append("/plugins/servlet/reply-coach/admin\">Reply Coach settings</a> (administrators)</li>");
        for (ExtensionPoints.NavLink report : ExtensionPoints.REPORT_PAGES) {
            b.append("<li><a href=\"").append(PageChrome.CONTEXT_PATH).append(escape(report.path)).append("\">").append(escape(report.label))
                    .append("</a>").append(sandbox.mountedReportPages().contains(report.id) ? "" : " (not built yet)").append("</li>");
        }
        b.append("</ul>");
        b.append("<h2>Coaching data in the store</h2><p class=\"sandbox-muted\">Events of the last 92 days per agent, as recorded through")
                .append(" the coaching recorder (seeded, plus what you do here). The report pages show them properly.</p>")
                .append("<table class=\"aui sandbox-coaching\"><thead><tr><th>Agent</th><th>Days</th><th>Replies sent</th><th>Checks</th>")
                .append("<th>Blocks</th><th>Overrides</th><th>Not helpful</th></tr></thead><tbody>");
        LocalDate today = LocalDate.now(sandbox.clock);
        Map<String, CoachingFigures> byAgent = new TreeMap<>();
        Map<String, Integer> days = new TreeMap<>();
        for (AgentDay d : sandbox.coachingStore.days(ReportScope.of(DayRange.lastDays(92, today)))) {
            byAgent.merge(d.agent(), d.figures(), CoachingFigures::plus);
            days.merge(d.agent(), 1, Integer::sum);
        }
        byAgent.forEach((agent, f) -> {
            SandboxUsers.User u = sandbox.users.byKey(agent);
            int notHelpful = f.notHelpful().values().stream().mapToInt(Integer::intValue).sum();
            b.append("<tr><td>").append(escape(u == null ? agent : u.getDisplayName())).append("</td><td>").append(days.get(agent))
                    .append("</td><td>").append(f.sent()).append("</td><td>").append(f.checks()).append("</td><td>").append(f.blocked())
                    .append("</td><td>").append(f.overrides()).append("</td><td>").append(notHelpful).append("</td></tr>");
        });
        b.append("</tbody></table>");
        PageChrome.Page page = new PageChrome.Page("Reply Coach sandbox");
        page.body = PageChrome.panel("Reply Coach sandbox", b.toString());
        chrome.write(req, resp, page);
    }

    /** A report page that has no servlet in the descriptor yet. */
    static final class Placeholder extends HttpServlet {
        private static final long serialVersionUID = 1L;

        private final transient PageChrome chrome;
        private final transient ExtensionPoints.NavLink report;

        Placeholder(PageChrome chrome, ExtensionPoints.NavLink report) {
            this.chrome = chrome;
            this.report = report;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setStatus(501);
            PageChrome.Page page = new PageChrome.Page(report.label);
            page.body = PageChrome.panel(report.label, "<div class=\"aui-message aui-message-info\"><p>This report page is not in this"
                    + " build yet. When its servlet is declared in atlassian-plugin.xml at <code>" + escape(report.path)
                    + "</code>, the sandbox serves the real page here (see ExtensionPoints).</p></div>");
            chrome.write(req, resp, page);
        }
    }
}
