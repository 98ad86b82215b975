package dk.replycoach.jira.report;

import dk.replycoach.report.ReportQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses of the report pages and their CSV exports, with the period (and project) carried over.
 * Query values and the user key in a path are URL-encoded here; the page model HTML-escapes the
 * result like any other text.
 */
final class ReportLinks {
    static final String TEAM_PAGE = "/plugins/servlet/reply-coach/report";
    static final String AGENT_PAGE = "/plugins/servlet/reply-coach/report/agent";
    static final String MY_PAGE = "/plugins/servlet/reply-coach/my-coaching";
    static final String REST = "/rest/reply-coach/1.0/reports";

    private final String contextPath;

    ReportLinks(String contextPath) {
        this.contextPath = contextPath == null ? "" : contextPath;
    }

    String teamPage(ReportQuery q) {
        return contextPath + TEAM_PAGE + "?" + period(q) + project(q);
    }

    String agentPage(String userKey, ReportQuery q) {
        return contextPath + AGENT_PAGE + "?user=" + query(userKey) + "&" + period(q);
    }

    String teamCsv(ReportQuery q) {
        return contextPath + REST + "/team?" + period(q) + project(q) + "&format=csv";
    }

    String agentCsv(String userKey, ReportQuery q) {
        return contextPath + REST + "/agent/" + pathSegment(userKey) + "?" + period(q) + "&format=csv";
    }

    String myCsv(ReportQuery q) {
        return contextPath + REST + "/me?" + period(q) + "&format=csv";
    }

    String path(String page) {
        return contextPath + page;
    }

    private static String period(ReportQuery q) {
        return "from=" + q.range().first() + "&to=" + q.range().last();
    }

    private static String project(ReportQuery q) {
        return q.project() == null ? "" : "&project=" + query(q.project());
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A path segment: like a query value, but a space is %20 (a + in a path is a plus). */
    static String pathSegment(String value) {
        return query(value).replace("+", "%20");
    }
}
