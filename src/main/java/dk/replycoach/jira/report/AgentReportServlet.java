package dk.replycoach.jira.report;

import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.report.AgentNames;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plugins/servlet/reply-coach/report/agent?user=KEY}: one agent's coaching report, for leads,
 * Jira administrators and the agent ({@link ReportViewer#mayViewAgent(String)}). {@code from} and
 * {@code to} choose the period. Without a user, or with a key no Jira user can have, the answer is
 * 400. GET only.
 */
public class AgentReportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Jira allows user keys up to 255 characters. */
    private static final int MAX_KEY = 255;

    private final transient ReportPages pages;
    private final transient AgentReportPage agentPage;

    @Inject
    public AgentReportServlet(ReportPages pages, CoachingStore store, AgentNames names) {
        this.pages = pages;
        this.agentPage = new AgentReportPage(pages, store, names);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportViewer viewer = pages.viewerOrLogin(request, response, ReportLinks.AGENT_PAGE);
        if (viewer == null) {
            return;
        }
        ReportPageModel page = pages.model();
        String agent = request.getParameter("user");
        if (!isUserKey(agent)) {
            pages.message(response, page, HttpServletResponse.SC_BAD_REQUEST, "replycoach.report.noReport.title",
                    "replycoach.report.error.user");
            return;
        }
        if (!viewer.mayViewAgent(agent)) {
            pages.forbidden(response, page, "replycoach.report.forbidden.agent");
            return;
        }
        agentPage.render(request, response, page, viewer, agent);
    }

    static boolean isUserKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isISOControl(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
