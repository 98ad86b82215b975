package dk.replycoach.report;

import dk.replycoach.analysis.Messages;
import dk.replycoach.coaching.CoachingReports;
import dk.replycoach.coaching.DayRange;
import dk.replycoach.coaching.RuleFeedback;
import dk.replycoach.coaching.TeamReport;
import dk.replycoach.json.JsonParser;
import org.junit.Before;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.replycoach.guidance.ConflictStyle.AVOIDING;
import static dk.replycoach.guidance.ConflictStyle.COLLABORATING;
import static dk.replycoach.guidance.ConflictStyle.COMPETING;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Report figures from a history recorded through the coaching recorder, as the REST resource
 * answers them: team totals, per-agent rows, weekly trend, top rules, fixed-before-send, blocks,
 * overrides, styles, the minimum group size, and the agent's own report.
 */
public class ReportMathsTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final AgentNames NAMES = key -> "Name of " + key;

    private final CoachingHistory history = new CoachingHistory();
    private final CoachingReports reports = new CoachingReports(history.store);
    private final CoachingReportJson json = new CoachingReportJson(NAMES, RuleTexts.of(Messages.forLanguage("en")));
    private ReportQuery twoWeeks;

    @Before
    public void setUp() throws Exception {
        // The day before the period: never counted.
        history.on(MONDAY.minusDays(1)).reply("anna", "SUP", 10, COMPETING, List.of(), "profanity");
        history.on(MONDAY)
                .reply("anna", "SUP", 80, COLLABORATING, List.of("no-but"))
                .reply("anna", "SUP", 60, COMPETING, List.of("no-but"), "no-but")
                .reply("carl", "OPS", 50, AVOIDING, List.of(), "avoiding")
                .blocked("anna", "SUP", "profanity")
                .overridden("anna", "SUP", "profanity")
                .notHelpful("anna", "SUP", "no-but");
        history.on(MONDAY.plusDays(2)).reply("anna", "SUP", 40, COMPETING, List.of(), "excuse", "no-but");
        history.on(MONDAY.plusDays(8))
                .reply("bob", "SUP", 90, COLLABORATING, List.of())
                .reply("bob", "SUP", 70, null, List.of("thank-opener"), "thank-opener");
        twoWeeks = ReportQuery.parse("2026-11-16", "2026-11-29", null, MONDAY);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String s) {
        return (Map<String, Object>) JsonParser.parse(s);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    public void teamTotalsAddUpEveryAgentInThePeriod() {
        Map<String, Object> r = parse(json.team(reports.team(twoWeeks.teamScope()), new MinimumGroupSize(3)));
        assertEquals(false, r.get("hidden"));
        assertEquals(3L, r.get("agentCount"));
        assertEquals("2026-11-16", r.get("from"));
        assertNull(r.get("project"));
        Map<String, Object> team = map(r.get("team"));
        assertEquals(6.0, number(team, "replies"), 0);
        assertEquals(4.0, number(team, "withWarnings"), 0);
        assertEquals(4.0 / 6, number(team, "shareWithWarnings"), 1e-4);
        assertEquals(65.0, number(team, "averageScore"), 1e-9);
        // Coached: anna's two drafts and bob's one; something fixed in one of them.
        assertEquals(3.0, number(team, "coached"), 0);
        assertEquals(1.0 / 3, number(team, "fixedBeforeSendRate"), 1e-4);
        assertEquals(1.0, number(team, "blocked"), 0);
        assertEquals(1.0, number(team, "overrides"), 0);
        // Two collaborating, two competing: a tie goes to the style listed first.
        assertEquals("collaborating", team.get("dominantStyle"));
        assertEquals(Map.of("collaborating", 2L, "competing", 2L, "avoiding", 1L, "accommodating", 0L,
                "compromising", 0L, "none", 1L), team.get("styles"));
        List<Object> top = list(team.get("topRules"));
        assertEquals("no-but", map(top.get(0)).get("rule"));
        assertEquals("No “but” after an acknowledgement", map(top.get(0)).get("name"));
        assertEquals(2L, map(top.get(0)).get("replies"));
        assertEquals(List.of("no-but", "avoiding", "excuse", "thank-opener"),
                top.stream().map(t -> map(t).get("rule")).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    public void eachAgentHasTheirOwnRowWithTopThreeRules() {
        Map<String, Object> r = parse(json.team(reports.team(twoWeeks.teamScope()), new MinimumGroupSize(3)));
        List<Object> agents = list(r.get("agents"));
        assertEquals(3, agents.size());
        Map<String, Object> anna = map(agents.get(0));
        assertEquals("anna", anna.get("userKey"));
        assertEquals("Name of anna", anna.get("displayName"));
        Map<String, Object> f = map(anna.get("figures"));
        assertEquals(3.0, number(f, "replies"), 0);
        assertEquals(2.0 / 3, number(f, "shareWithWarnings"), 1e-4);
        assertEquals(60.0, number(f, "averageScore"), 1e-9);
        assertEquals(0.5, number(f, "fixedBeforeSendRate"), 1e-9);
        assertEquals(1.0, number(f, "blocked"), 0);
        assertEquals(1.0, number(f, "overrides"), 0);
        assertEquals("competing", f.get("dominantStyle"));
        assertEquals(2, list(f.get("topRules")).size());

        Map<String, Object> bob = map(map(agents.get(1)).get("figures"));
        assertEquals(80.0, number(bob, "averageScore"), 1e-9);
        assertEquals(0.0, number(bob, "fixedBeforeSendRate"), 0);
        Map<String, Object> carl = map(map(agents.get(2)).get("figures"));
        // Never coached while drafting: no rate, rather than a rate of 0.
        assertTrue(carl.containsKey("fixedBeforeSendRate"));
        assertNull(carl.get("fixedBeforeSendRate"));
    }

    @Test
    public void theTrendHasOneEntryPerWeekOfThePeriod() {
        Map<String, Object> r = parse(json.team(reports.team(twoWeeks.teamScope()), new MinimumGroupSize(3)));
        List<Object> weeks = list(r.get("weeks"));
        assertEquals(2, weeks.size());
        assertEquals("2026-11-16", map(weeks.get(0)).get("week"));
        assertEquals(4.0, number(map(weeks.get(0)), "replies"), 0);
        assertEquals(57.5, number(map(weeks.get(0)), "averageScore"), 1e-9);
        assertEquals(2.0, number(map(weeks.get(1)), "replies"), 0);

        Map<String, Object> empty = parse(json.team(reports.team(
                DayRangeQuery.of("2026-12-07", "2026-12-20").teamScope()), new MinimumGroupSize(1)));
        assertEquals(0L, empty.get("agentCount"));
    }

    @Test
    public void belowTheMinimumGroupSizeNoFigureIsAnswered() throws Exception {
        TeamReport sup = reports.team(ReportQuery.parse("2026-11-16", "2026-11-29", "SUP", MONDAY).teamScope());
        Map<String, Object> r = parse(json.team(sup, new MinimumGroupSize(3)));
        assertEquals(true, r.get("hidden"));
        assertEquals(2L, r.get("agentCount"));
        assertEquals(3L, r.get("minGroupSize"));
        assertEquals("SUP", r.get("project"));
        assertFalse(r.containsKey("team"));
        assertFalse(r.containsKey("weeks"));
        assertFalse(r.containsKey("agents"));
        assertEquals(CoachingReportCsv.HEADER + "\r\n", new CoachingReportCsv(NAMES).team(sup, new MinimumGroupSize(3)));

        Map<String, Object> shown = parse(json.team(sup, new MinimumGroupSize(2)));
        assertEquals(false, shown.get("hidden"));
        assertEquals(5.0, number(map(shown.get("team")), "replies"), 0);
    }

    @Test
    public void anAgentsOwnReportIsNeverHiddenAndCarriesGuidanceForTheirTopRules() {
        TeamReport own = reports.team(twoWeeks.agentScope("carl"));
        Map<String, Object> r = parse(json.agent("carl", own));
        assertEquals("carl", r.get("userKey"));
        assertEquals(1.0, number(map(r.get("figures")), "replies"), 0);
        assertEquals(2, list(r.get("weeks")).size());
        Map<String, Object> guidance = map(list(r.get("guidance")).get(0));
        assertEquals("avoiding", guidance.get("rule"));
        assertTrue(((String) guidance.get("guidance")).startsWith("A customer with a complaint needs action now."));

        Map<String, Object> nobody = parse(json.agent("nobody", reports.team(twoWeeks.agentScope("nobody"))));
        assertEquals(0.0, number(map(nobody.get("figures")), "replies"), 0);
        assertNull(map(nobody.get("figures")).get("averageScore"));
        assertEquals(List.of(), nobody.get("guidance"));
    }

    @Test
    public void theCsvHasATeamRowAndAgentRowsForThePeriodAndEachWeek() {
        String csv = new CoachingReportCsv(NAMES).team(reports.team(twoWeeks.teamScope()), new MinimumGroupSize(3));
        String[] lines = csv.split("\r\n");
        assertEquals(CoachingReportCsv.HEADER, lines[0]);
        // Team and three agents, each with the whole period and two weeks.
        assertEquals(1 + 4 * 3, lines.length);
        assertEquals("*,,all,6,4,0.667,65,0.333,0,1,1,no-but:2 avoiding:1 excuse:1,collaborating,2,2,1,0,0,1", lines[1]);
        assertEquals("anna,Name of anna,all,3,2,0.667,60,0.5,0,1,1,no-but:2 excuse:1,competing,1,2,0,0,0,0", lines[4]);
        assertEquals("anna,Name of anna,2026-11-23,0,0,,,,0,0,0,,,0,0,0,0,0,0", lines[6]);
    }

    @Test
    public void csvTextCellsCannotBecomeFormulas() {
        AgentNames hostile = key -> "=HYPERLINK(\"http://x\",\"y\"), Inc";
        String csv = new CoachingReportCsv(hostile).agent("carl", reports.team(twoWeeks.agentScope("carl")));
        assertTrue(csv, csv.contains("\ncarl,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\"), Inc\",all,1,"));
        String key = new CoachingReportCsv(NAMES).agent("-1+2", reports.team(twoWeeks.agentScope("-1+2")));
        assertTrue(key, key.contains("\n'-1+2,Name of -1+2,all,0,"));
    }

    @Test
    public void ruleFeedbackPutsVotesNextToFiringsInSentReplies() {
        Map<String, RuleFeedback> f = reports.ruleFeedback(DayRange.of(MONDAY, MONDAY.plusDays(13)));
        assertEquals(new RuleFeedback("no-but", 1, 2), f.get("no-but"));
        assertEquals(new RuleFeedback("excuse", 0, 1), f.get("excuse"));
        assertFalse("fired only the day before", f.containsKey("profanity"));
    }

    /** A period that is known to be valid. */
    private static final class DayRangeQuery {
        static ReportQuery of(String from, String to) {
            try {
                return ReportQuery.parse(from, to, null, MONDAY);
            } catch (ReportQuery.Invalid e) {
                throw new AssertionError(e);
            }
        }
    }
}
