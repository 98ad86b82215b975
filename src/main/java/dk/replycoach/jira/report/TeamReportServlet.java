package dk.replycoach.jira.report;

import dk.replycoach.coaching.CoachingReports;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.report.AgentNames;
import dk.replycoach.coaching.TeamReport;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * {@code /plugins/servlet/reply-coach/report}: the team coaching report, for leads and Jira
 * administrators ({@link ReportViewer#mayViewTeam()}). {@code from}, {@code to} and {@code project}
 * choose the period and project; a form that makes no report is shown again with its error and
 * status 400. GET only; other methods get 405 from HttpServlet.
 */
public class TeamReportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/report/team.vm";

    private final transient ReportPages pages;
    private final transient CoachingReports reports;
    private final transient AgentNames names;

    @Inject
    public TeamReportServlet(ReportPages pages, CoachingStore store, AgentNames names) {
        this.pages = pages;
        this.reports = new CoachingReports(store);
        this.names = names;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportViewer viewer = pages.viewerOrLogin(request, response, ReportLinks.TEAM_PAGE);
        if (viewer == null) {
            return;
        }
        ReportPageModel page = pages.model();
        if (!viewer.mayViewTeam()) {
            pages.forbidden(response, page, "replycoach.report.forbidden.team");
            return;
        }
        ReportLinks links = new ReportLinks(request.getContextPath());
        ReportForm form = pages.form(request, page.messages(), true);
        if (!form.isValid()) {
            pages.render(TEMPLATE, TeamPageModel.form(page, links, form), HttpServletResponse.SC_BAD_REQUEST, response);
            return;
        }
        TeamReport report = reports.team(form.query().teamScope());
        Map<String, Object> ctx = TeamPageModel.of(page, links, form, report, pages.minimumGroupSize(), names);
        pages.render(TEMPLATE, ctx, HttpServletResponse.SC_OK, response);
    }
}
