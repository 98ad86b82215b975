package dk.replycoach.jira.report;

import dk.replycoach.coaching.CoachingReports;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.report.AgentNames;
import dk.replycoach.coaching.TeamReport;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One agent's report page, as the agent page and "My coaching" both show it, once the servlet has
 * decided who the agent is and that the viewer may see them.
 */
final class AgentReportPage {
    static final String TEMPLATE = "templates/report/agent.vm";

    private final ReportPages pages;
    private final CoachingReports reports;
    private final AgentNames names;

    AgentReportPage(ReportPages pages, CoachingStore store, AgentNames names) {
        this.pages = pages;
        this.reports = new CoachingReports(store);
        this.names = names;
    }

    void render(HttpServletRequest request, HttpServletResponse response, ReportPageModel page, ReportViewer viewer,
                String agent) throws IOException {
        boolean own = agent.equals(viewer.userKey());
        AgentPageModel.Subject who = new AgentPageModel.Subject(agent, names.displayName(agent), own, viewer.isLead());
        ReportLinks links = new ReportLinks(request.getContextPath());
        ReportForm form = pages.form(request, page.messages(), false);
        if (!form.isValid()) {
            pages.render(TEMPLATE, AgentPageModel.form(page, links, form, who), HttpServletResponse.SC_BAD_REQUEST, response);
            return;
        }
        TeamReport report = reports.team(form.query().agentScope(agent));
        pages.render(TEMPLATE, AgentPageModel.of(page, links, form, who, report), HttpServletResponse.SC_OK, response);
    }
}
