package dk.replycoach.jira.report;

import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.TeamReport;
import dk.replycoach.report.AgentNames;
import dk.replycoach.report.CoachingReportJson;
import dk.replycoach.report.MinimumGroupSize;
import dk.replycoach.report.ReportQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.replycoach.report.Html.esc;

/**
 * The team report page's template context: the team's figures and trend, one row per agent with a
 * link to the agent's page, the team's top rules and conflict styles. Below the minimum group size
 * it carries a notice instead of any figure.
 */
final class TeamPageModel {
    private TeamPageModel() {
    }

    /** The page before any figures: the form, and its error when it has one. */
    static Map<String, Object> form(ReportPageModel page, ReportLinks links, ReportForm form) {
        return page.page(page.messages().get("replycoach.report.team.title"), links, ReportLinks.TEAM_PAGE, form, null);
    }

    static Map<String, Object> of(ReportPageModel page, ReportLinks links, ReportForm form, TeamReport report,
                                  MinimumGroupSize minimum, AgentNames names) {
        Map<String, Object> ctx = form(page, links, form);
        ReportQuery q = form.query();
        if (report.agents().isEmpty()) {
            ReportPageModel.notice(ctx, page.messages().get("replycoach.report.noData"));
            return ctx;
        }
        if (minimum.hides(report)) {
            ReportPageModel.notice(ctx, page.messages().get("replycoach.report.hidden", report.agents().size(), minimum.agents()));
            return ctx;
        }
        ReportPageModel.csv(ctx, links.teamCsv(q));
        page.charts(ctx, report.totals(), report.weeks(), CoachingReportJson.TOP_RULES);
        ctx.put("columns", page.columns());
        List<Map<String, Object>> agents = new ArrayList<>();
        for (Map.Entry<String, CoachingFigures> a : report.agents().entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", esc(a.getKey()));
            row.put("name", esc(names.displayName(a.getKey())));
            row.put("url", esc(links.agentPage(a.getKey(), q)));
            row.put("cells", page.row(a.getValue()));
            agents.add(row);
        }
        ctx.put("agents", agents);
        return ctx;
    }
}
