package dk.replycoach.jira.report;

import dk.replycoach.analysis.Messages;
import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.RuleCount;
import dk.replycoach.coaching.WeekFigures;
import dk.replycoach.guidance.ConflictStyle;
import dk.replycoach.report.ReportFormats;
import dk.replycoach.report.RuleTexts;
import dk.replycoach.report.SvgCharts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static dk.replycoach.report.Html.esc;

/**
 * What the report page templates share: the texts, the period form, and figures, rules, styles and
 * charts as plain maps and lists of strings, every string already HTML-escaped. Templates only place
 * text and never call into services (Jira 10's Velocity allowlist rewards this), so a display name or
 * rule text holding markup prints as text. Charts are inline SVG from {@link SvgCharts}, which escapes
 * its own labels.
 */
final class ReportPageModel {
    private static final String PREFIX = "replycoach.report.";
    /** Page texts, placed as {@code $t.get("form.from")} for {@code replycoach.report.form.from}. */
    static final List<String> TEXTS = List.of(
            "replycoach.report.team.title", "replycoach.report.my.title", "replycoach.report.form.from",
            "replycoach.report.form.to", "replycoach.report.form.project", "replycoach.report.form.allProjects",
            "replycoach.report.form.show", "replycoach.report.form.help", "replycoach.report.csv",
            "replycoach.report.team.heading", "replycoach.report.agents.heading",
            "replycoach.report.col.agent", "replycoach.report.col.rule", "replycoach.report.col.replies",
            "replycoach.report.col.share", "replycoach.report.weeklyTrend", "replycoach.report.trendLegend",
            "replycoach.report.topRules.heading", "replycoach.report.styles.heading",
            "replycoach.report.guidance.heading", "replycoach.report.guidance.intro", "replycoach.report.teamLink",
            "replycoach.report.sortHint", "replycoach.report.forbidden.title", "replycoach.report.none");
    /** Texts the page script needs, as {@code data-text-*} attributes. */
    static final List<String> SCRIPT_TEXTS = List.of("replycoach.report.script.order", "replycoach.report.script.date");

    private final Messages m;
    private final ReportFormats fmt;
    private final SvgCharts charts;
    private final RuleTexts rules;

    ReportPageModel(Messages m, RuleTexts rules) {
        this.m = m;
        this.fmt = new ReportFormats(m);
        this.charts = new SvgCharts(fmt);
        this.rules = rules;
    }

    Messages messages() {
        return m;
    }

    RuleTexts rules() {
        return rules;
    }

    /** The texts alone: the 403 page. */
    Map<String, Object> texts() {
        Map<String, String> t = new HashMap<>();
        for (String key : TEXTS) {
            t.put(key.substring(PREFIX.length()), esc(m.get(key)));
        }
        List<Map<String, Object>> scriptTexts = new ArrayList<>();
        for (String key : SCRIPT_TEXTS) {
            scriptTexts.add(Map.of("name", key.substring((PREFIX + "script.").length()), "value", esc(m.get(key))));
        }
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("t", t);
        ctx.put("scriptTexts", scriptTexts);
        ctx.put("uiLanguage", esc(m.language()));
        return ctx;
    }

    /**
     * Texts, the form and its error, with no figures yet: what every report page starts from.
     * {@code formPath} is the page the form submits to; {@code user} a hidden field for the agent page.
     */
    Map<String, Object> page(String title, ReportLinks links, String formPath, ReportForm form, String user) {
        Map<String, Object> ctx = texts();
        ctx.put("title", esc(title));
        ctx.put("formAction", esc(links.path(formPath)));
        ctx.put("formFrom", esc(form.from()));
        ctx.put("formTo", esc(form.to()));
        ctx.put("formProject", esc(form.project()));
        ctx.put("hasUser", user != null);
        ctx.put("formUser", esc(user));
        ctx.put("hasError", !form.isValid());
        ctx.put("error", esc(form.error()));
        ctx.put("period", form.isValid() ? esc(period(form)) : "");
        ctx.put("hasCsv", false);
        ctx.put("csvUrl", "");
        ctx.put("hasNotice", false);
        ctx.put("notice", "");
        ctx.put("showFigures", false);
        return ctx;
    }

    private String period(ReportForm form) {
        String p = m.get("replycoach.report.period", form.query().range().first(), form.query().range().last());
        return form.query().project() == null ? p : m.get("replycoach.report.period.project", p, form.query().project());
    }

    static void notice(Map<String, Object> ctx, String text) {
        ctx.put("hasNotice", true);
        ctx.put("notice", esc(text));
    }

    static void csv(Map<String, Object> ctx, String url) {
        ctx.put("hasCsv", true);
        ctx.put("csvUrl", esc(url));
    }

    /** The figures shown for a team or an agent, in the order of the agents table's columns. */
    List<Map<String, Object>> figures(CoachingFigures f) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Cell c : cells(f)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", c.id);
            item.put("label", esc(m.get(c.labelKey)));
            item.put("text", esc(c.text));
            item.put("value", esc(c.value));
            list.add(item);
        }
        return list;
    }

    /** Column headings of the agents table after the agent's name. */
    List<Map<String, Object>> columns() {
        List<Map<String, Object>> list = new ArrayList<>();
        int index = 1;
        for (Cell c : cells(CoachingFigures.NONE)) {
            // Column 0 is the agent's name; the page script sorts by this index.
            list.add(Map.of("label", esc(m.get(c.labelKey)), "numeric", c.numeric, "index", Integer.toString(index++)));
        }
        return list;
    }

    /** One agent's cells in the agents table: shown text and a plain value to sort by. */
    List<Map<String, Object>> row(CoachingFigures f) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Cell c : cells(f)) {
            list.add(Map.of("text", esc(c.text), "value", esc(c.value), "cls", c.numeric ? "rc-n" : ""));
        }
        return list;
    }

    private List<Cell> cells(CoachingFigures f) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell("replies", "replycoach.report.col.replies", fmt.count(f.sent()), plain(f.sent()), true));
        OptionalDouble warnings = f.sent() == 0 ? OptionalDouble.empty() : OptionalDouble.of(f.shareWithWarnings());
        cells.add(new Cell("shareWithWarnings", "replycoach.report.col.withWarnings", percent(warnings), plain(warnings), true));
        cells.add(new Cell("averageScore", "replycoach.report.col.averageScore", fmt.oneDecimal(f.averageScore()),
                plain(f.averageScore()), true));
        cells.add(new Cell("fixedBeforeSendRate", "replycoach.report.col.fixRate", percent(f.fixRate()), plain(f.fixRate()), true));
        cells.add(new Cell("blocked", "replycoach.report.col.blocks", fmt.count(f.blocked()), plain(f.blocked()), true));
        cells.add(new Cell("overrides", "replycoach.report.col.overrides", fmt.count(f.overrides()), plain(f.overrides()), true));
        String top = topRuleNames(f);
        cells.add(new Cell("topRules", "replycoach.report.col.topRules", top, top, false));
        String style = f.sent() == 0 ? none() : charts.styleName(f.dominantStyle().orElse(null));
        cells.add(new Cell("dominantStyle", "replycoach.report.col.dominantStyle", style, style, false));
        return cells;
    }

    private String topRuleNames(CoachingFigures f) {
        List<String> names = new ArrayList<>();
        for (RuleCount rc : f.topRules(3)) {
            names.add(rules.name(rc.rule()));
        }
        return names.isEmpty() ? none() : String.join(", ", names);
    }

    /** The most frequent rules with how many replies they fired in, and their share of all replies. */
    List<Map<String, Object>> topRules(CoachingFigures f, int limit) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (RuleCount rc : f.topRules(limit)) {
            double share = f.sent() == 0 ? 0 : (double) rc.count() / f.sent();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", esc(rc.rule()));
            row.put("name", esc(rules.name(rc.rule())));
            row.put("count", esc(fmt.count(rc.count())));
            row.put("share", esc(fmt.percent(share)));
            row.put("guidance", esc(rules.guidance(rc.rule())));
            list.add(row);
        }
        return list;
    }

    /** Replies per dominant conflict style, the replies without one last. */
    List<Map<String, Object>> styles(CoachingFigures f) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ConflictStyle s : ConflictStyle.values()) {
            list.add(style(s, f.style(s), f.sent()));
        }
        list.add(style(null, f.unstyled(), f.sent()));
        return list;
    }

    private Map<String, Object> style(ConflictStyle s, int count, int total) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", s == null ? "none" : s.id());
        item.put("colour", SvgCharts.colour(s));
        item.put("name", esc(charts.styleName(s)));
        item.put("count", esc(fmt.count(count)));
        item.put("share", total == 0 ? "" : esc("(" + fmt.percent((double) count / total) + ")"));
        return item;
    }

    /** Trend, figures, rules and styles of one set of figures: the body of a team or agent report. */
    void charts(Map<String, Object> ctx, CoachingFigures f, List<WeekFigures> weeks, int topRules) {
        ctx.put("showFigures", true);
        ctx.put("figures", figures(f));
        ctx.put("trendSvg", charts.weeklyTrend(weeks));
        ctx.put("styleSvg", charts.styleBar(f));
        ctx.put("styles", styles(f));
        List<Map<String, Object>> top = topRules(f, topRules);
        ctx.put("topRules", top);
        ctx.put("hasTopRules", !top.isEmpty());
    }

    private String percent(OptionalDouble share) {
        return share.isPresent() ? fmt.percent(share.getAsDouble()) : none();
    }

    private String none() {
        return m.get("replycoach.report.none");
    }

    private static String plain(double d) {
        return ReportFormats.plain(d);
    }

    private static String plain(OptionalDouble d) {
        return d.isPresent() ? ReportFormats.plain(d.getAsDouble()) : "";
    }

    private static final class Cell {
        final String id;
        final String labelKey;
        final String text;
        final String value;
        final boolean numeric;

        Cell(String id, String labelKey, String text, String value, boolean numeric) {
            this.id = id;
            this.labelKey = labelKey;
            this.text = text;
            this.value = value;
            this.numeric = numeric;
        }
    }
}
