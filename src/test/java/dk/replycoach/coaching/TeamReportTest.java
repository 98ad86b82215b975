package dk.replycoach.coaching;

import dk.replycoach.analysis.Severity;
import dk.replycoach.guidance.ConflictStyle;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dk.replycoach.analysis.Severity.WARNING;
import static dk.replycoach.coaching.Events.MONDAY;
import static dk.replycoach.coaching.Events.noon;
import static dk.replycoach.coaching.Events.ref;
import static dk.replycoach.coaching.Events.rules;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class TeamReportTest {
    private final InMemoryCoachingStore store = new InMemoryCoachingStore();

    @Test
    public void theWeeklyTrendHasEveryWeekOfTheRangeEmptyOnesIncluded() {
        store.record(Events.sent("anna", "SUP", MONDAY.plusDays(2), 80, rules()));
        store.record(Events.sent("anna", "SUP", MONDAY.plusDays(16), 40, rules()));
        DayRange range = DayRange.of(MONDAY.plusDays(2), MONDAY.plusDays(20));
        TeamReport r = TeamReport.of(ReportScope.of(range), store.days(ReportScope.of(range)));

        List<WeekFigures> weeks = r.weeks();
        assertEquals(List.of(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2)),
                weeks.stream().map(WeekFigures::weekStart).collect(java.util.stream.Collectors.toList()));
        assertEquals(1, weeks.get(0).figures().sent());
        assertEquals(0, weeks.get(1).figures().sent());
        assertFalse(weeks.get(1).figures().averageScore().isPresent());
        assertEquals(40.0, weeks.get(2).figures().averageScore().getAsDouble(), 0);
        assertEquals(3, r.weeks("nobody").size());
        assertEquals(r.weeks(), r.weeks("anna"));
    }

    @Test
    public void ratiosComeFromTheSums() {
        store.record(Events.sent("anna", "SUP", MONDAY, 90, rules()));
        store.record(Events.sent("anna", "SUP", MONDAY.plusDays(1), 61, rules("no-but", WARNING)));
        store.record(Events.sent("anna", "SUP", MONDAY.plusDays(1), 50, rules("profanity", Severity.BLOCK)));
        CoachingFigures f = report(DayRange.of(MONDAY, MONDAY.plusDays(6))).agents().get("anna");
        assertEquals(67.0, f.averageScore().getAsDouble(), 1e-9);
        assertEquals(2.0 / 3, f.shareWithWarnings(), 1e-9);
        assertEquals(1, f.withBlocks());
    }

    @Test
    public void theDominantStyleIsTheMostFrequentAndNoneWithoutCues() {
        ReplyRef r = ref("anna", "SUP");
        store.record(Events.sent(r, noon(MONDAY), 50, rules(), Set.of(), ConflictStyle.COMPETING));
        store.record(Events.sent(r, noon(MONDAY), 50, rules(), Set.of(), ConflictStyle.AVOIDING));
        store.record(Events.sent(r, noon(MONDAY), 50, rules(), Set.of(), ConflictStyle.AVOIDING));
        store.record(Events.sent(r, noon(MONDAY), 50, rules(), Set.of(), null));
        CoachingFigures f = report(DayRange.day(MONDAY)).totals();
        assertEquals(Optional.of(ConflictStyle.AVOIDING), f.dominantStyle());
        assertEquals(1, f.unstyled());
        assertEquals(Optional.empty(), CoachingFigures.NONE.dominantStyle());
    }

    @Test
    public void notHelpfulVotesArePutNextToHowOftenTheRuleFired() {
        ReplyRef r = ref("anna", "SUP");
        store.record(Events.sent("anna", "SUP", MONDAY, 50, rules("no-but", WARNING)));
        store.record(Events.sent("anna", "SUP", MONDAY, 50, rules("no-but", WARNING)));
        store.record(CoachingEvent.notHelpful(r, noon(MONDAY), "no-but", WARNING));
        store.record(CoachingEvent.notHelpful(r, noon(MONDAY), "ask-feelings", Severity.INFO));
        store.record(CoachingEvent.notHelpful(r, noon(MONDAY), "ask-feelings", Severity.INFO));
        List<RuleFeedback> feedback = report(DayRange.day(MONDAY)).notHelpful();
        assertEquals(List.of(new RuleFeedback("ask-feelings", 2, 0), new RuleFeedback("no-but", 1, 2)), feedback);
        assertEquals(0.5, feedback.get(1).votesPerFiring().getAsDouble(), 0);
        assertFalse(feedback.get(0).votesPerFiring().isPresent());
    }

    @Test
    public void theFixRateIsAmongRepliesWhereTheCheckerShowedSomething() {
        ReplyRef r = ref("anna", "SUP");
        store.record(Events.sent(r, noon(MONDAY), 50, rules(), Set.of("no-but"), null));
        store.record(Events.sent(r, noon(MONDAY), 50, rules(), Set.of(), null));
        CoachingFigures f = report(DayRange.day(MONDAY)).totals();
        assertFalse("the second reply was not coached", f.coached() == 2);
        assertEquals(1.0, f.fixRate().getAsDouble(), 0);
        assertTrue(CoachingFigures.NONE.fixRate().isEmpty());
    }

    @Test
    public void weeksStartOnMonday() {
        assertEquals(LocalDate.of(2026, 11, 16), DayRange.weekOf(LocalDate.of(2026, 11, 22)));
        assertEquals(LocalDate.of(2026, 11, 23), DayRange.weekOf(LocalDate.of(2026, 11, 23)));
        assertEquals(7, DayRange.lastDays(7, MONDAY).days());
    }

    @Test
    public void retentionKeepsTheLastNDays() {
        assertEquals(LocalDate.of(2025, 11, 20), RetentionPolicy.defaults().firstDayKept(LocalDate.of(2026, 11, 20)));
    }

    private TeamReport report(DayRange range) {
        return new CoachingReports(store).team(ReportScope.of(range));
    }
}
