package dk.replycoach.jira.report;

import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.TeamReport;
import dk.replycoach.report.CoachingReportJson;
import dk.replycoach.report.ReportQuery;

import java.util.Map;

import static dk.replycoach.report.Html.esc;

/**
 * One agent's report page, for a lead looking at an agent or for "My coaching": the agent's figures
 * and weekly trend, the guidance of the rules that fired most often in their replies, their top
 * rules and conflict styles. Never hidden by the minimum group size: it is one agent by design.
 */
final class AgentPageModel {
    private AgentPageModel() {
    }

    /** Whose page it is, and who looks at it. */
    static final class Subject {
        final String userKey;
        final String displayName;
        final boolean own;
        final boolean viewerIsLead;

        Subject(String userKey, String displayName, boolean own, boolean viewerIsLead) {
            this.userKey = userKey;
            this.displayName = displayName;
            this.own = own;
            this.viewerIsLead = viewerIsLead;
        }
    }

    /** The page before any figures: the form, and its error when it has one. */
    static Map<String, Object> form(ReportPageModel page, ReportLinks links, ReportForm form, Subject who) {
        String title = who.own ? page.messages().get("replycoach.report.my.title")
                : page.messages().get("replycoach.report.agent.title", who.displayName);
        Map<String, Object> ctx = who.own ? page.page(title, links, ReportLinks.MY_PAGE, form, null)
                : page.page(title, links, ReportLinks.AGENT_PAGE, form, who.userKey);
        boolean teamLink = who.viewerIsLead && form.isValid();
        ctx.put("hasTeamLink", teamLink);
        ctx.put("teamUrl", teamLink ? esc(links.teamPage(form.query())) : "");
        ctx.put("own", who.own);
        return ctx;
    }

    /** {@code report} is scoped to the agent. */
    static Map<String, Object> of(ReportPageModel page, ReportLinks links, ReportForm form, Subject who, TeamReport report) {
        Map<String, Object> ctx = form(page, links, form, who);
        ReportQuery q = form.query();
        ReportPageModel.csv(ctx, who.own ? links.myCsv(q) : links.agentCsv(who.userKey, q));
        CoachingFigures f = report.agents().getOrDefault(who.userKey, CoachingFigures.NONE);
        if (f.events() == 0) {
            ReportPageModel.notice(ctx, page.messages().get("replycoach.report.noData"));
            return ctx;
        }
        page.charts(ctx, f, report.weeks(who.userKey), CoachingReportJson.TOP_RULES);
        ctx.put("guidance", page.topRules(f, CoachingReportJson.GUIDANCE_RULES));
        return ctx;
    }
}
