package dk.replycoach.cli;

import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.RuleCount;
import dk.replycoach.coaching.TeamReport;
import dk.replycoach.coaching.WeekFigures;
import dk.replycoach.guidance.ConflictStyle;
import dk.replycoach.report.CsvCells;
import dk.replycoach.report.ReportFormats;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's figures as CSV for spreadsheets: one row per agent (and {@code *} for the team) for
 * the whole period ({@code week} = {@code all}) and one per ISO week (the week's Monday). Column
 * names are stable ids, not translated. Text cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe ({@link CsvCells}): agent keys come from someone else's export.
 */
final class CoachingCsvReport {
    static final String HEADER = "agent,week,replies,with_warnings,with_blocks,share_with_warnings,average_score,"
            + "average_words,top_rules,collaborating,competing,avoiding,accommodating,compromising,no_style";

    void write(TeamReport report, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        rows(out, "*", report.totals(), report.weeks());
        for (Map.Entry<String, CoachingFigures> a : report.agents().entrySet()) {
            rows(out, a.getKey(), a.getValue(), report.weeks(a.getKey()));
        }
    }

    private void rows(Writer out, String agent, CoachingFigures total, List<WeekFigures> weeks) throws IOException {
        row(out, agent, "all", total);
        for (WeekFigures w : weeks) {
            row(out, agent, w.weekStart().toString(), w.figures());
        }
    }

    private void row(Writer out, String agent, String week, CoachingFigures f) throws IOException {
        List<String> cells = new ArrayList<>();
        cells.add(CsvCells.text(agent));
        cells.add(week);
        cells.add(Integer.toString(f.sent()));
        cells.add(Integer.toString(f.withWarnings()));
        cells.add(Integer.toString(f.withBlocks()));
        cells.add(f.sent() == 0 ? "" : ReportFormats.plain(f.shareWithWarnings()));
        cells.add(f.averageScore().isPresent() ? ReportFormats.plain(f.averageScore().getAsDouble()) : "");
        cells.add(f.averageWords().isPresent() ? ReportFormats.plain(f.averageWords().getAsDouble()) : "");
        StringBuilder top = new StringBuilder();
        for (RuleCount rc : f.topRules(CoachingHtmlReport.AGENT_TOP_RULES)) {
            top.append(top.length() == 0 ? "" : " ").append(rc.rule()).append(':').append(rc.count());
        }
        cells.add(CsvCells.text(top.toString()));
        for (ConflictStyle s : ConflictStyle.values()) {
            cells.add(Integer.toString(f.style(s)));
        }
        cells.add(Integer.toString(f.unstyled()));
        out.write(String.join(",", cells));
        out.write("\r\n");
    }
}
