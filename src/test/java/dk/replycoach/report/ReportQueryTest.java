package dk.replycoach.report;

import dk.replycoach.analysis.Messages;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Arrays;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

public class ReportQueryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static ReportQuery parse(String from, String to, String project) throws ReportQuery.Invalid {
        return ReportQuery.parse(from, to, project, TODAY);
    }

    private static ReportQuery.Invalid refused(String from, String to, String project) {
        try {
            ReportQuery q = parse(from, to, project);
            fail("accepted " + q);
            return null;
        } catch (ReportQuery.Invalid e) {
            return e;
        }
    }

    @Test
    public void withoutDatesAReportCoversTheLast12WeeksUpToToday() throws Exception {
        ReportQuery q = parse(null, "", null);
        assertEquals(TODAY, q.range().last());
        assertEquals(TODAY.minusDays(83), q.range().first());
        assertEquals(84, q.range().days());
        assertNull(q.project());
        assertNull(q.teamScope().project());
    }

    @Test
    public void oneDateDecidesTheOther() throws Exception {
        assertEquals(LocalDate.of(2026, 3, 31).minusDays(83), parse(null, "2026-03-31", null).range().first());
        assertEquals(TODAY, parse("2026-10-01", null, null).range().last());
        assertEquals(LocalDate.of(2026, 10, 1), parse(" 2026-10-01 ", null, null).range().first());
    }

    @Test
    public void datesMustBeIsoDaysThatExist() {
        for (String bad : Arrays.asList("2026-1-05", "05-01-2026", "2026/01/05", "2026-02-30", "2026-13-01", "20260105",
                "2026-01-05T10:00", "+2026-01-05", "today", "٢٠٢٦-٠١-٠٥")) {
            ReportQuery.Invalid e = refused(bad, "2026-11-20", null);
            assertEquals(bad, "from", e.field());
            assertEquals("replycoach.report.error.date", e.key());
            assertEquals(bad, e.args()[0]);
        }
        assertEquals("to", refused(null, "2026-11-31", null).field());
    }

    @Test
    public void aPeriodEndsAfterItStartsAndHasAtMost400Days() throws Exception {
        ReportQuery.Invalid order = refused("2026-11-20", "2026-11-19", null);
        assertEquals("replycoach.report.error.order", order.key());
        assertEquals("The period ends (2026-11-19) before it starts (2026-11-20).",
                Messages.forLanguage("en").get(order.key(), order.args()));
        assertEquals(400, parse("2025-10-17", "2026-11-20", null).range().days());
        ReportQuery.Invalid tooLong = refused("2025-10-16", "2026-11-20", null);
        assertEquals("replycoach.report.error.tooLong", tooLong.key());
        assertEquals("The period has 401 days; at most 400 days can be shown at once.",
                Messages.forLanguage("en").get(tooLong.key(), tooLong.args()));
        assertEquals("replycoach.report.error.tooLong", refused("2020-01-01", null, null).key());
        assertEquals(1, parse("2026-11-20", "2026-11-20", null).range().days());
    }

    @Test
    public void projectKeysHaveJirasShape() throws Exception {
        assertEquals("SUP", parse(null, null, "SUP").project());
        assertEquals("HR_2", parse(null, null, " HR_2 ").teamScope().project());
        for (String bad : Arrays.asList("sup", "S", "1SUP", "SUP-1", "SU P", "<script>alert(1)</script>")) {
            ReportQuery.Invalid e = refused(null, null, bad);
            assertEquals(bad, "project", e.field());
            assertEquals("replycoach.report.error.project", e.key());
        }
    }

    @Test
    public void echoedInputIsCut() {
        String longInput = "x".repeat(500);
        ReportQuery.Invalid e = refused(longInput, null, null);
        assertEquals("x".repeat(ReportQuery.ECHO_CHARS) + "…", e.args()[0]);
    }

    @Test
    public void theAgentScopeCoversAllProjects() throws Exception {
        ReportQuery q = parse(null, null, "SUP");
        assertEquals("anna", q.agentScope("anna").agent());
        assertNull(q.agentScope("anna").project());
    }
}
