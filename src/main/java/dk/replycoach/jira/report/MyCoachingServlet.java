package dk.replycoach.jira.report;

import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.report.AgentNames;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plugins/servlet/reply-coach/my-coaching}: "My coaching", every logged-in user's own
 * figures, trend and the guidance for the rules that fire most often in their replies. Never hidden
 * by the minimum group size. GET only.
 */
public class MyCoachingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ReportPages pages;
    private final transient AgentReportPage agentPage;

    @Inject
    public MyCoachingServlet(ReportPages pages, CoachingStore store, AgentNames names) {
        this.pages = pages;
        this.agentPage = new AgentReportPage(pages, store, names);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportViewer viewer = pages.viewerOrLogin(request, response, ReportLinks.MY_PAGE);
        if (viewer == null) {
            return;
        }
        agentPage.render(request, response, pages.model(), viewer, viewer.userKey());
    }
}
