package dk.replycoach.coaching;

import dk.replycoach.analysis.Severity;
import dk.replycoach.guidance.ConflictStyle;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.replycoach.analysis.Severity.BLOCK;
import static dk.replycoach.analysis.Severity.INFO;
import static dk.replycoach.analysis.Severity.WARNING;
import static dk.replycoach.coaching.Events.MONDAY;
import static dk.replycoach.coaching.Events.noon;
import static dk.replycoach.coaching.Events.ref;
import static dk.replycoach.coaching.Events.rules;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link CoachingStore} must do, run against each implementation. Expected figures are
 * written out by hand, not computed with the code under test.
 */
public abstract class CoachingStoreContract {
    private static final DayRange WEEK = DayRange.of(MONDAY, MONDAY.plusDays(6));

    /** A new, empty store for each test. */
    protected abstract CoachingStore store();

    @Test
    public void anEmptyStoreHasNoDays() {
        assertTrue(store().days(ReportScope.of(WEEK)).isEmpty());
    }

    @Test
    public void everyKindOfEventCountsOnTheAgentsDay() {
        CoachingStore store = store();
        ReplyRef draft = ReplyRef.of("jirauser10100", "SUP-7", "SUP").withDraft("d-1");
        ZonedDateTime at = noon(MONDAY);
        store.record(CoachingEvent.checked(draft, at, rules("acknowledge", WARNING, "thank-opener", INFO)));
        store.record(Events.sent(draft, at.plusMinutes(5), 81, rules("thank-opener", INFO),
                Set.of("acknowledge"), ConflictStyle.COLLABORATING));
        store.record(Events.sent(ref("jirauser10100", "SUP"), at.plusMinutes(9), 40,
                rules("profanity", BLOCK, "no-but", WARNING), Set.of(), null));
        store.record(CoachingEvent.blocked(draft, at, rules("profanity", BLOCK)));
        store.record(CoachingEvent.overridden(draft, at, rules("profanity", BLOCK),
                OverrideReason.of(OverrideReason.Category.FALSE_ALARM, "the customer's own words, quoted")));
        store.record(CoachingEvent.notHelpful(draft, at, "no-but", WARNING));

        List<AgentDay> days = store.days(ReportScope.of(WEEK));
        assertEquals(1, days.size());
        AgentDay d = days.get(0);
        assertEquals("jirauser10100", d.agent());
        assertEquals(MONDAY, d.day());
        CoachingFigures f = d.figures();
        assertEquals(2, f.sent());
        assertEquals(1, f.withWarnings());
        assertEquals(1, f.withBlocks());
        assertEquals(121, f.scoreSum());
        assertEquals(60.5, f.averageScore().getAsDouble(), 1e-9);
        assertEquals(Map.of("thank-opener", 1, "profanity", 1, "no-but", 1), f.rules());
        assertEquals(1, f.coached());
        assertEquals(1, f.withFix());
        assertEquals(Map.of("acknowledge", 1), f.fixed());
        assertEquals(1, f.style(ConflictStyle.COLLABORATING));
        assertEquals(1, f.unstyled());
        assertEquals(1, f.checks());
        assertEquals(1, f.blocked());
        assertEquals(1, f.overrides());
        assertEquals(Map.of(OverrideReason.Category.FALSE_ALARM, 1), f.overrideReasons());
        assertEquals(Map.of("no-but", 1), f.notHelpful());
        assertEquals(6, f.events());
    }

    @Test
    public void figuresAreKeptPerAgentAndDaySortedByAgentThenDay() {
        CoachingStore store = store();
        store.record(Events.sent("bo", "SUP", MONDAY.plusDays(1), 70, rules()));
        store.record(Events.sent("anna", "SUP", MONDAY.plusDays(1), 60, rules()));
        store.record(Events.sent("anna", "SUP", MONDAY, 50, rules()));
        store.record(Events.sent("anna", "SUP", MONDAY, 90, rules("shouting", WARNING)));

        List<AgentDay> days = store.days(ReportScope.of(WEEK));
        assertEquals(3, days.size());
        assertEquals("anna " + MONDAY, days.get(0).agent() + " " + days.get(0).day());
        assertEquals(2, days.get(0).figures().sent());
        assertEquals(140, days.get(0).figures().scoreSum());
        assertEquals("anna " + MONDAY.plusDays(1), days.get(1).agent() + " " + days.get(1).day());
        assertEquals("bo " + MONDAY.plusDays(1), days.get(2).agent() + " " + days.get(2).day());
    }

    @Test
    public void theRangeIncludesBothEndsAndNothingElse() {
        CoachingStore store = store();
        for (int offset = -1; offset <= 7; offset++) {
            store.record(Events.sent("anna", "SUP", MONDAY.plusDays(offset), 50, rules()));
        }
        List<AgentDay> days = store.days(ReportScope.of(WEEK));
        assertEquals(7, days.size());
        assertEquals(MONDAY, days.get(0).day());
        assertEquals(MONDAY.plusDays(6), days.get(6).day());
    }

    @Test
    public void aProjectFilterCountsOnlyThatProjectAndNoFilterAddsProjectsUp() {
        CoachingStore store = store();
        store.record(Events.sent("anna", "SUP", MONDAY, 80, rules("no-but", WARNING)));
        store.record(Events.sent("anna", "HR", MONDAY, 20, rules("excuse", WARNING)));
        store.record(Events.sent("bo", "HR", MONDAY, 30, rules()));

        List<AgentDay> sup = store.days(ReportScope.of(WEEK).inProject("SUP"));
        assertEquals(1, sup.size());
        assertEquals(80, sup.get(0).figures().scoreSum());
        assertEquals(Map.of("no-but", 1), sup.get(0).figures().rules());

        List<AgentDay> all = store.days(ReportScope.of(WEEK));
        assertEquals(2, all.size());
        assertEquals(2, all.get(0).figures().sent());
        assertEquals(100, all.get(0).figures().scoreSum());
        assertEquals(Map.of("no-but", 1, "excuse", 1), all.get(0).figures().rules());
    }

    @Test
    public void anAgentFilterCountsOnlyThatAgent() {
        CoachingStore store = store();
        store.record(Events.sent("anna", "SUP", MONDAY, 80, rules()));
        store.record(Events.sent("bo", "SUP", MONDAY, 20, rules()));
        List<AgentDay> bo = store.days(ReportScope.of(WEEK).forAgent("bo"));
        assertEquals(1, bo.size());
        assertEquals("bo", bo.get(0).agent());
        assertEquals(20, bo.get(0).figures().scoreSum());
    }

    @Test
    public void draftEventsAreTheAgentsDraftChecksAndSendsOnTheIssueSinceTheGivenTime() {
        CoachingStore store = store();
        ReplyRef draft = ReplyRef.of("anna", "SUP-7", "SUP").withDraft("d-1");
        ZonedDateTime t = noon(MONDAY);
        CoachingEvent early = CoachingEvent.checked(draft, t.minusHours(30), rules("excuse", WARNING));
        CoachingEvent check = CoachingEvent.checked(draft, t, rules("no-but", WARNING));
        CoachingEvent later = CoachingEvent.checked(draft, t.plusMinutes(2), rules("acknowledge", WARNING));
        CoachingEvent send = Events.sent(draft, t.plusMinutes(3), 77, rules(), Set.of("no-but", "acknowledge"), ConflictStyle.COMPROMISING);
        store.record(later);
        store.record(early);
        store.record(send);
        store.record(check);
        store.record(CoachingEvent.checked(ReplyRef.of("anna", "SUP-8", "SUP").withDraft("d-2"), t, rules()));
        store.record(CoachingEvent.checked(ReplyRef.of("bo", "SUP-7", "SUP").withDraft("d-3"), t, rules()));
        store.record(CoachingEvent.blocked(draft, t, rules("profanity", BLOCK)));
        store.record(Events.sent(ReplyRef.of("anna", "SUP-7", "SUP"), t, 60, rules(), Set.of(), null));

        List<CoachingEvent> events = store.draftEvents("anna", "SUP-7", t.minusHours(24).toInstant());
        assertEquals(List.of(check, later, send), events);
    }

    @Test
    public void purgeDeletesTheDaysBeforeTheFirstDayKeptAndSaysHowManyEvents() {
        CoachingStore store = store();
        ReplyRef draft = ReplyRef.of("anna", "SUP-7", "SUP").withDraft("d-1");
        store.record(Events.sent("anna", "SUP", MONDAY, 50, rules()));
        store.record(CoachingEvent.checked(draft, noon(MONDAY), rules()));
        store.record(CoachingEvent.notHelpful(draft, noon(MONDAY.plusDays(1)), "no-but", WARNING));
        store.record(Events.sent("bo", "HR", MONDAY.plusDays(2), 70, rules()));
        store.record(Events.sent("bo", "HR", MONDAY.plusDays(3), 90, rules()));

        assertEquals(3, store.purgeBefore(MONDAY.plusDays(2)));
        List<AgentDay> days = store.days(ReportScope.of(WEEK));
        assertEquals(2, days.size());
        assertEquals(MONDAY.plusDays(2), days.get(0).day());
        assertTrue(store.draftEvents("anna", "SUP-7", noon(MONDAY).minusDays(1).toInstant()).isEmpty());
        assertEquals(0, store.purgeBefore(MONDAY.plusDays(2)));
    }

    @Test
    public void aDraftCheckedOnOneNodeAndSentFromAnotherStillCountsAsFixed() {
        CoachingStore store = store();
        Clock clock = Clock.fixed(noon(MONDAY).toInstant(), ZoneOffset.UTC);
        CoachingRecorder nodeA = new CoachingRecorder(store, clock, new DraftTracker(clock));
        CoachingRecorder nodeB = new CoachingRecorder(store, clock, new DraftTracker(clock));
        ReplyRef draft = ReplyRef.of("anna", "SUP-7", "SUP").withDraft("d-1");

        nodeA.checked(draft, Reports.withRules("acknowledge", "no-but"), "Men det er jo ikke vores fejl");
        CoachingEvent sent = nodeB.sent(ReplyRef.of("anna", "SUP-7", "SUP"), Reports.withRules("no-but"), "Tak for din besked");

        assertEquals("d-1", sent.ref().draftId());
        assertEquals(Set.of("acknowledge"), sent.fixed());
        assertEquals(1, store.days(ReportScope.of(WEEK)).get(0).figures().withFix());
    }

    @Test
    public void concurrentRecordingLosesNothing() throws Exception {
        CoachingStore store = store();
        int threads = 4;
        int perThread = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    store.record(Events.sent("anna", "SUP", MONDAY, i % 101, rules("no-but", WARNING)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        CoachingFigures f = store.days(ReportScope.of(WEEK)).get(0).figures();
        assertEquals(threads * perThread, f.sent());
        assertEquals(Map.of("no-but", threads * perThread), f.rules());
        long expectedSum = 0;
        for (int i = 0; i < perThread; i++) {
            expectedSum += i % 101;
        }
        assertEquals(threads * expectedSum, f.scoreSum());
    }

    @Test
    public void aTeamReportReadsTheStoresDays() {
        CoachingStore store = store();
        store.record(Events.sent("anna", "SUP", MONDAY, 80, rules("no-but", WARNING)));
        store.record(Events.sent("anna", "SUP", MONDAY.plusDays(7), 60, rules("no-but", WARNING, "excuse", WARNING)));
        store.record(Events.sent("bo", "SUP", MONDAY.plusDays(8), 40, rules("excuse", WARNING)));
        TeamReport r = new CoachingReports(store).team(ReportScope.of(DayRange.of(MONDAY, MONDAY.plusDays(13))));
        assertEquals(3, r.totals().sent());
        assertEquals(2, r.weeks().size());
        assertEquals(1, r.weeks().get(0).figures().sent());
        assertEquals(2, r.weeks().get(1).figures().sent());
        assertEquals(List.of(new RuleCount("excuse", 2), new RuleCount("no-but", 2)), r.topRules(5));
        assertEquals(140, r.agents().get("anna").scoreSum());
    }
}
