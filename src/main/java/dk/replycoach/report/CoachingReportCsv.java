package dk.replycoach.report;

import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.RuleCount;
import dk.replycoach.coaching.TeamReport;
import dk.replycoach.coaching.WeekFigures;
import dk.replycoach.guidance.ConflictStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Team and agent reports as CSV for spreadsheets: per agent (and {@code *} for the team) one row
 * for the whole period ({@code week} = {@code all}) and one per ISO week (the week's Monday).
 * Column names are stable ids, not translated. Every text cell goes through {@link CsvCells}:
 * display names and keys come from other people. A team report below the minimum group size is
 * the header alone.
 */
public final class CoachingReportCsv {
    public static final String HEADER = "agent,display_name,week,replies,with_warnings,share_with_warnings,average_score,"
            + "fixed_before_send_rate,with_blocks,blocked,overrides,top_rules,dominant_style,"
            + "collaborating,competing,avoiding,accommodating,compromising,no_style";
    private static final String EOL = "\r\n";

    private final AgentNames names;

    public CoachingReportCsv(AgentNames names) {
        this.names = names;
    }

    public String team(TeamReport report, MinimumGroupSize minimum) {
        StringBuilder out = new StringBuilder(HEADER).append(EOL);
        if (minimum.hides(report)) {
            return out.toString();
        }
        rows(out, "*", "", report.totals(), report.weeks());
        for (Map.Entry<String, CoachingFigures> a : report.agents().entrySet()) {
            rows(out, a.getKey(), names.displayName(a.getKey()), a.getValue(), report.weeks(a.getKey()));
        }
        return out.toString();
    }

    /** One agent's rows; {@code report} is scoped to that agent. */
    public String agent(String agentKey, TeamReport report) {
        StringBuilder out = new StringBuilder(HEADER).append(EOL);
        rows(out, agentKey, names.displayName(agentKey), report.agents().getOrDefault(agentKey, CoachingFigures.NONE),
                report.weeks(agentKey));
        return out.toString();
    }

    private static void rows(StringBuilder out, String agent, String name, CoachingFigures total, List<WeekFigures> weeks) {
        row(out, agent, name, "all", total);
        for (WeekFigures w : weeks) {
            row(out, agent, name, w.weekStart().toString(), w.figures());
        }
    }

    private static void row(StringBuilder out, String agent, String name, String week, CoachingFigures f) {
        List<String> cells = new ArrayList<>();
        cells.add(CsvCells.text(agent));
        cells.add(CsvCells.text(name));
        cells.add(week);
        cells.add(Integer.toString(f.sent()));
        cells.add(Integer.toString(f.withWarnings()));
        cells.add(f.sent() == 0 ? "" : ReportFormats.plain(f.shareWithWarnings()));
        cells.add(number(f.averageScore()));
        cells.add(number(f.fixRate()));
        cells.add(Integer.toString(f.withBlocks()));
        cells.add(Integer.toString(f.blocked()));
        cells.add(Integer.toString(f.overrides()));
        StringBuilder top = new StringBuilder();
        for (RuleCount rc : f.topRules(CoachingReportJson.AGENT_TOP_RULES)) {
            top.append(top.length() == 0 ? "" : " ").append(rc.rule()).append(':').append(rc.count());
        }
        cells.add(CsvCells.text(top.toString()));
        cells.add(f.dominantStyle().map(ConflictStyle::id).orElse(""));
        for (ConflictStyle s : ConflictStyle.values()) {
            cells.add(Integer.toString(f.style(s)));
        }
        cells.add(Integer.toString(f.unstyled()));
        out.append(String.join(",", cells)).append(EOL);
    }

    private static String number(OptionalDouble d) {
        return d.isPresent() ? ReportFormats.plain(d.getAsDouble()) : "";
    }
}
