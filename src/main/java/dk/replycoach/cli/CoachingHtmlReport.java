package dk.replycoach.cli;

import dk.replycoach.analysis.Messages;
import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.RuleCount;
import dk.replycoach.coaching.TeamReport;
import dk.replycoach.guidance.ConflictStyle;
import dk.replycoach.report.ReportFormats;
import dk.replycoach.report.SvgCharts;

import java.util.List;
import java.util.Map;

import static dk.replycoach.report.Html.esc;

/**
 * The coaching report as one self-contained HTML file: inline CSS, inline SVG charts, no scripts,
 * no external assets, every value escaped. Team first, then one section per agent: replies, share
 * with warnings, average score, top rules, conflict-style profile and the weekly trend.
 *
 * <p>Each figure also carries its plain value in {@code data-value} (and each section its agent in
 * {@code data-agent}), so the file can be read back by a program as well as by a lead.
 */
final class CoachingHtmlReport {
    static final int TEAM_TOP_RULES = 10;
    static final int AGENT_TOP_RULES = 5;

    private static final String CSS = String.join("\n",
            "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1d2125;margin:0;background:#f7f8f9}",
            "main{max-width:760px;margin:0 auto;padding:24px}",
            "h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:0 0 12px}h3{font-size:15px;margin:20px 0 8px;color:#44546f}",
            "section{background:#fff;border:1px solid #dcdfe4;border-radius:6px;padding:18px 20px;margin:18px 0}",
            ".sub{color:#44546f;margin:0}",
            "dl.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;margin:0}",
            "dl.figures div{background:#f1f2f4;border-radius:4px;padding:8px 10px}",
            "dl.figures dt{font-size:12px;color:#44546f}dl.figures dd{margin:2px 0 0;font-size:20px;font-weight:600}",
            "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e6e8eb}",
            "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:12px;color:#626f86}",
            "svg{width:100%;height:auto;display:block}svg text{font-size:11px;fill:#44546f}",
            ".bar{fill:#85b8ff}.score{fill:none;stroke:#1d2125;stroke-width:2}.dot{fill:#1d2125}",
            ".axis{stroke:#8590a2}.guide{stroke:#e6e8eb}",
            "ul.legend{list-style:none;padding:0;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px}",
            ".swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px}",
            ".note{font-size:12px;color:#626f86}footer{font-size:12px;color:#626f86;margin:24px 0}",
            "@media print{body{background:#fff}section{break-inside:avoid;border-color:#bbb}}");

    private final Messages m;
    private final ReportFormats fmt;
    private final SvgCharts charts;

    CoachingHtmlReport(String uiLanguage) {
        this.m = Messages.forLanguage(uiLanguage);
        this.fmt = new ReportFormats(m);
        this.charts = new SvgCharts(fmt);
    }

    String render(TeamReport report, String source) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        String period = m.get("replycoach.batch.period", report.scope().range().first(), report.scope().range().last());
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(esc(fmt.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc(m.get("replycoach.batch.title") + " – " + period)).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
        sb.append("<header>\n<h1>").append(esc(m.get("replycoach.batch.title"))).append("</h1>\n<p class=\"sub\">")
                .append(esc(period)).append(" · ").append(esc(m.get("replycoach.batch.summary",
                        fmt.count(report.totals().sent()), fmt.count(report.agents().size())))).append("</p>\n</header>\n");

        team(sb, report);
        int i = 0;
        for (Map.Entry<String, CoachingFigures> a : report.agents().entrySet()) {
            agent(sb, ++i, a.getKey(), a.getValue(), report);
        }
        sb.append("<footer>").append(esc(m.get("replycoach.batch.footer", source))).append("</footer>\n");
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private void team(StringBuilder sb, TeamReport r) {
        sb.append("<section class=\"team\" id=\"team\" data-agent=\"*\">\n<h2>").append(esc(m.get("replycoach.batch.team")))
                .append("</h2>\n");
        figures(sb, r.totals());
        if (r.totals().sent() == 0) {
            sb.append("<p>").append(esc(m.get("replycoach.batch.noReplies"))).append("</p>\n</section>\n");
            return;
        }
        trend(sb, r.weeks());
        sb.append("<h3>").append(esc(m.get("replycoach.batch.agents"))).append("</h3>\n<table class=\"agents\">\n<thead><tr><th>")
                .append(esc(m.get("replycoach.batch.agent"))).append("</th><th class=\"n\">").append(esc(m.get("replycoach.batch.replies")))
                .append("</th><th class=\"n\">").append(esc(m.get("replycoach.batch.shareWithWarnings")))
                .append("</th><th class=\"n\">").append(esc(m.get("replycoach.batch.averageScore")))
                .append("</th><th>").append(esc(m.get("replycoach.batch.topRule")))
                .append("</th><th>").append(esc(m.get("replycoach.batch.dominantStyle"))).append("</th></tr></thead>\n<tbody>\n");
        int i = 0;
        for (Map.Entry<String, CoachingFigures> a : r.agents().entrySet()) {
            CoachingFigures f = a.getValue();
            List<RuleCount> top = f.topRules(1);
            sb.append("<tr data-agent=\"").append(esc(a.getKey())).append("\"><td><a href=\"#agent-").append(++i).append("\">")
                    .append(esc(a.getKey())).append("</a></td>")
                    .append(cell("replies", f.sent(), fmt.count(f.sent())))
                    .append(cell("shareWithWarnings", f.shareWithWarnings(), fmt.percent(f.shareWithWarnings())))
                    .append(cell("averageScore", f.averageScore().orElse(0), fmt.oneDecimal(f.averageScore())))
                    .append("<td>").append(top.isEmpty() ? esc(m.get("replycoach.batch.none")) : esc(ruleName(top.get(0).rule())))
                    .append("</td><td>").append(esc(charts.styleName(f.dominantStyle().orElse(null)))).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        topRules(sb, r.totals(), TEAM_TOP_RULES);
        styles(sb, r.totals());
        sb.append("</section>\n");
    }

    private void agent(StringBuilder sb, int index, String agent, CoachingFigures f, TeamReport r) {
        sb.append("<section class=\"agent\" id=\"agent-").append(index).append("\" data-agent=\"").append(esc(agent))
                .append("\">\n<h2>").append(esc(agent)).append("</h2>\n");
        figures(sb, f);
        trend(sb, r.weeks(agent));
        topRules(sb, f, AGENT_TOP_RULES);
        styles(sb, f);
        sb.append("</section>\n");
    }

    private void figures(StringBuilder sb, CoachingFigures f) {
        sb.append("<dl class=\"figures\">\n");
        figure(sb, "replies", "replycoach.batch.replies", f.sent(), fmt.count(f.sent()));
        figure(sb, "withWarnings", "replycoach.batch.withWarnings", f.withWarnings(), fmt.count(f.withWarnings()));
        figure(sb, "shareWithWarnings", "replycoach.batch.shareWithWarnings", f.shareWithWarnings(), fmt.percent(f.shareWithWarnings()));
        figure(sb, "averageScore", "replycoach.batch.averageScore", f.averageScore().orElse(0), fmt.oneDecimal(f.averageScore()));
        figure(sb, "averageWords", "replycoach.batch.averageWords", f.averageWords().orElse(0), fmt.oneDecimal(f.averageWords()));
        figure(sb, "withBlocks", "replycoach.batch.withBlocks", f.withBlocks(), fmt.count(f.withBlocks()));
        sb.append("</dl>\n");
    }

    private void figure(StringBuilder sb, String id, String labelKey, double value, String shown) {
        sb.append("<div><dt>").append(esc(m.get(labelKey))).append("</dt><dd data-figure=\"").append(id)
                .append("\" data-value=\"").append(ReportFormats.plain(value)).append("\">").append(esc(shown)).append("</dd></div>\n");
    }

    private static String cell(String id, double value, String shown) {
        return "<td class=\"n\" data-figure=\"" + id + "\" data-value=\"" + ReportFormats.plain(value) + "\">" + esc(shown) + "</td>";
    }

    private void trend(StringBuilder sb, List<dk.replycoach.coaching.WeekFigures> weeks) {
        sb.append("<h3>").append(esc(m.get("replycoach.batch.weeklyTrend"))).append("</h3>\n")
                .append(charts.weeklyTrend(weeks)).append("\n<p class=\"note\">")
                .append(esc(m.get("replycoach.batch.trendLegend"))).append("</p>\n");
    }

    private void topRules(StringBuilder sb, CoachingFigures f, int limit) {
        List<RuleCount> top = f.topRules(limit);
        sb.append("<h3>").append(esc(m.get("replycoach.batch.topRules"))).append("</h3>\n");
        if (top.isEmpty()) {
            sb.append("<p>").append(esc(m.get("replycoach.batch.none"))).append("</p>\n");
            return;
        }
        sb.append("<table class=\"rules\">\n<thead><tr><th>").append(esc(m.get("replycoach.batch.rule")))
                .append("</th><th class=\"n\">").append(esc(m.get("replycoach.batch.replies")))
                .append("</th><th class=\"n\">").append(esc(m.get("replycoach.batch.shareOfReplies"))).append("</th></tr></thead>\n<tbody>\n");
        for (RuleCount rc : top) {
            double share = f.sent() == 0 ? 0 : (double) rc.count() / f.sent();
            sb.append("<tr data-rule=\"").append(esc(rc.rule())).append("\"><td>").append(esc(ruleName(rc.rule())))
                    .append(" <code>").append(esc(rc.rule())).append("</code></td>")
                    .append(cell("ruleCount", rc.count(), fmt.count(rc.count())))
                    .append(cell("ruleShare", share, fmt.percent(share))).append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private void styles(StringBuilder sb, CoachingFigures f) {
        sb.append("<h3>").append(esc(m.get("replycoach.batch.styleProfile"))).append("</h3>\n").append(charts.styleBar(f))
                .append("\n<ul class=\"legend\">\n");
        for (ConflictStyle s : ConflictStyle.values()) {
            legend(sb, s, f.style(s), f.sent());
        }
        legend(sb, null, f.unstyled(), f.sent());
        sb.append("</ul>\n");
    }

    private void legend(StringBuilder sb, ConflictStyle s, int count, int total) {
        sb.append("<li data-style=\"").append(s == null ? "none" : s.id()).append("\" data-value=\"").append(count)
                .append("\"><span class=\"swatch\" style=\"background:").append(SvgCharts.colour(s)).append("\"></span>")
                .append(esc(charts.styleName(s))).append(": ").append(esc(fmt.count(count)))
                .append(total == 0 ? "" : esc(" (" + fmt.percent((double) count / total) + ")")).append("</li>\n");
    }

    private String ruleName(String id) {
        String key = "replycoach.rule." + id + ".name";
        return m.has(key) ? m.get(key) : id;
    }
}
