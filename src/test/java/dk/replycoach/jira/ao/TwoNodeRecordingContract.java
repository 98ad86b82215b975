package dk.replycoach.jira.ao;

import dk.replycoach.coaching.AgentDay;
import dk.replycoach.coaching.CoachingEvent;
import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.CoachingReports;
import dk.replycoach.coaching.DayRange;
import dk.replycoach.coaching.Events;
import dk.replycoach.coaching.OverrideReason;
import dk.replycoach.coaching.ReplyRef;
import dk.replycoach.coaching.ReportScope;
import dk.replycoach.coaching.RuleCount;
import dk.replycoach.coaching.TeamReport;
import dk.replycoach.guidance.ConflictStyle;
import org.junit.After;
import org.junit.Test;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dk.replycoach.analysis.Severity.BLOCK;
import static dk.replycoach.analysis.Severity.INFO;
import static dk.replycoach.analysis.Severity.WARNING;
import static dk.replycoach.coaching.Events.MONDAY;
import static dk.replycoach.coaching.Events.noon;
import static dk.replycoach.coaching.Events.rules;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Two Jira Data Center nodes on one database: two EntityManagers, each with its own connection
 * pool and its own {@link ActiveObjectsCoachingStore}, each store shared by 8 request threads, all
 * recording for the same three agents on the same two days at once. The report must add up to
 * exactly what was written, read from either node, while readers on both nodes run reports
 * during the writes.
 *
 * <p>The workload is a fixed pattern, so every expected figure below is worked out by hand from
 * it, not by the code under test. Thread {@code t} of node {@code k} writes events
 * {@code i = 0..599}: agent {@code AGENTS[i % 3]}, day {@code DAYS[i % 2]} (6 = 2 × 3, so each of
 * the 6 agent-days gets every sixth event), {@code n = i / 6} runs 0..99 within each agent-day,
 * and {@code n % 10} picks the kind:
 * <pre>
 *   0  sent, score n, profanity:block + no-but:warning
 *   1  sent, score n, no-but:warning, "acknowledge" fixed while drafting (so coached)
 *   2  sent, score n, thank-opener:info, style collaborating
 *   3  sent, score n, no findings
 *   4  sent, score n, shouting:warning
 *   5  checked: acknowledge:warning shown      6  the same
 *   7  blocked: profanity:block                8  overridden: profanity, reason false-alarm
 *   9  "not helpful" on no-but
 * </pre>
 * So one thread gives each agent-day 100 events: 50 sent (10 of each of 0..4), 20 checks and 10
 * each of blocked, overridden and not helpful. Node 1 records in project SUP, node 2 in HR, so a
 * project report sees exactly one node's half.
 */
public abstract class TwoNodeRecordingContract {
    private static final int NODES = 2;
    private static final int THREADS_PER_NODE = 8;
    private static final int EVENTS_PER_THREAD = 600;
    private static final int WRITERS = NODES * THREADS_PER_NODE;
    private static final String[] AGENTS = {"jirauser10100", "jirauser10200", "jirauser10300"};
    private static final LocalDate[] DAYS = {MONDAY, MONDAY.plusDays(1)};
    private static final String[] PROJECTS = {"SUP", "HR"};
    private static final DayRange BOTH_DAYS = DayRange.of(DAYS[0], DAYS[1]);
    /** How many reports each reader runs while the writers write; bounded, whatever the timing. */
    private static final int READS_PER_READER = 25;

    private AoDatabase db;

    /** A new, empty database for this test; it may skip the test (see {@link PostgresDatabase}). */
    protected abstract AoDatabase openDatabase();

    @After
    public void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    public void twoNodesTimesEightThreadsRecordingForTheSameAgentsAndDaysAddUpExactly() throws Exception {
        db = openDatabase();
        ActiveObjectsCoachingStore[] stores = new ActiveObjectsCoachingStore[NODES];
        for (int k = 0; k < NODES; k++) {
            stores[k] = new ActiveObjectsCoachingStore(db.node());
        }

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + NODES);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch writersDone = new CountDownLatch(WRITERS);
        List<Future<?>> tasks = new ArrayList<>();
        for (int k = 0; k < NODES; k++) {
            for (int t = 0; t < THREADS_PER_NODE; t++) {
                ActiveObjectsCoachingStore store = stores[k];
                int node = k;
                int thread = t;
                tasks.add(pool.submit(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < EVENTS_PER_THREAD; i++) {
                            store.record(event(node, thread, i));
                        }
                    } finally {
                        writersDone.countDown();
                    }
                    return null;
                }));
            }
            ActiveObjectsCoachingStore store = stores[k];
            tasks.add(pool.submit(() -> {
                start.await();
                readWhileWriting(store, writersDone);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> task : tasks) {
            // A guard against a hang (a lost lock, a pool that never returns a connection), not
            // a speed check: the writes take seconds.
            task.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));

        assertEquals(db.describe(), WRITERS * EVENTS_PER_THREAD, db.migrated().count(CoachingEventEntity.class));
        List<AgentDay> fromNode1 = stores[0].days(ReportScope.of(BOTH_DAYS));
        List<AgentDay> fromNode2 = stores[1].days(ReportScope.of(BOTH_DAYS));
        assertEquals("both nodes read the same figures", fromNode1, fromNode2);

        assertEquals(6, fromNode1.size());
        int d = 0;
        for (String agent : AGENTS) {
            for (LocalDate day : DAYS) {
                AgentDay ad = fromNode1.get(d++);
                assertEquals(agent + " " + day, ad.agent() + " " + ad.day());
                assertAgentDay(agent + " " + day + " on " + db.describe(), ad.figures(), 1);
            }
        }

        for (int k = 0; k < NODES; k++) {
            List<AgentDay> project = stores[k].days(ReportScope.of(BOTH_DAYS).inProject(PROJECTS[k]));
            assertEquals(6, project.size());
            for (AgentDay ad : project) {
                assertAgentDay(PROJECTS[k] + " " + ad.agent() + " " + ad.day(), ad.figures(), NODES);
            }
        }

        TeamReport team = new CoachingReports(stores[1]).team(ReportScope.of(BOTH_DAYS));
        CoachingFigures total = team.totals();
        // Six agent-days of the figures asserted above.
        assertEquals(4_800, total.sent());
        assertEquals(2_880, total.withWarnings());
        assertEquals(960, total.withBlocks());
        assertEquals(225_600, total.scoreSum());
        assertEquals(1_920, total.checks());
        assertEquals(960, total.blocked());
        assertEquals(960, total.overrides());
        assertEquals(Map.of("no-but", 960), total.notHelpful());
        assertEquals(9_600, total.events());
        assertEquals(List.of(new RuleCount("no-but", 1_920), new RuleCount("profanity", 960),
                new RuleCount("shouting", 960), new RuleCount("thank-opener", 960)), team.topRules(4));
        for (String agent : AGENTS) {
            assertEquals(agent, 1_600, team.agents().get(agent).sent());
        }
        System.out.println("[reply-coach] two nodes x " + THREADS_PER_NODE + " threads on " + db.describe() + ": "
                + total.events() + " events, " + total.sent() + " sent, score sum " + total.scoreSum()
                + ", rules " + total.rules() + ", checks " + total.checks() + ", blocked " + total.blocked()
                + ", overrides " + total.overrides() + ", not helpful " + total.notHelpful());
    }

    /** Rows one node wrote before another node started must survive that node's migrate. */
    @Test
    public void aSecondNodeStartingMigratesWithoutTouchingTheFirstNodesRows() {
        db = openDatabase();
        ActiveObjectsCoachingStore first = new ActiveObjectsCoachingStore(db.node());
        for (int i = 0; i < 60; i++) {
            first.record(event(0, 0, i));
        }
        ActiveObjectsCoachingStore second = new ActiveObjectsCoachingStore(db.node());
        second.record(event(1, 0, 0));

        assertEquals(61, db.migrated().count(CoachingEventEntity.class));
        List<AgentDay> days = second.days(ReportScope.of(BOTH_DAYS));
        assertEquals(6, days.size());
        // The first agent-day got n = 0..9 from node 1 (5 sent, 2 checks, ...) and n = 0 from node 2.
        CoachingFigures f = days.get(0).figures();
        assertEquals(6, f.sent());
        assertEquals(2, f.checks());
        assertEquals(11, f.events());
        assertEquals(first.days(ReportScope.of(BOTH_DAYS)), days);
    }

    /**
     * The retention purge runs on one node (the scheduler's once-per-cluster job) while the other
     * node's threads record today's events: it removes exactly the expired rows and none of the
     * new ones, whichever commits first.
     */
    @Test
    public void aPurgeOnOneNodeWhileTheOtherRecordsRemovesExactlyTheExpiredRows() throws Exception {
        db = openDatabase();
        ActiveObjectsCoachingStore purging = new ActiveObjectsCoachingStore(db.node());
        ActiveObjectsCoachingStore recording = new ActiveObjectsCoachingStore(db.node());
        LocalDate expired = DAYS[0].minusDays(400);
        int old = 600;
        for (int i = 0; i < old; i++) {
            purging.record(Events.sent(AGENTS[i % 3], "SUP", expired.plusDays(i % 5), 50, rules()));
        }

        int perThread = 120;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS_PER_NODE + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS_PER_NODE; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    recording.record(event(1, thread, i));
                }
                return null;
            }));
        }
        Future<Integer> purge = pool.submit(() -> {
            start.await();
            return purging.purgeBefore(DAYS[0].minusDays(30));
        });
        start.countDown();
        for (Future<?> w : writers) {
            w.get(10, TimeUnit.MINUTES);
        }
        assertEquals("purged rows", old, (int) purge.get(10, TimeUnit.MINUTES));
        pool.shutdown();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));

        int written = THREADS_PER_NODE * perThread;
        assertEquals(db.describe(), written, db.migrated().count(CoachingEventEntity.class));
        assertTrue(purging.days(ReportScope.of(DayRange.of(expired, expired.plusDays(4)))).isEmpty());
        long events = 0;
        for (AgentDay ad : purging.days(ReportScope.of(BOTH_DAYS))) {
            events += ad.figures().events();
        }
        assertEquals(written, events);
        assertEquals(0, purging.purgeBefore(DAYS[0].minusDays(30)));
    }

    /**
     * Expected figures of one agent-day when {@code WRITERS / share} threads wrote it (share 1:
     * all 16; share 2: one node's 8). Per thread, 50 sent replies have n with n % 10 in 0..4,
     * whose sum is 2,350 and whose word counts (40 + n % 7) add up to 2,145.
     */
    private static void assertAgentDay(String what, CoachingFigures f, int share) {
        int threads = WRITERS / share;
        assertEquals(what, 50 * threads, f.sent());
        assertEquals(what, 30 * threads, f.withWarnings());
        assertEquals(what, 10 * threads, f.withBlocks());
        assertEquals(what, 2_350L * threads, f.scoreSum());
        assertEquals(what, 2_145L * threads, f.wordSum());
        assertEquals(what, Map.of("profanity", 10 * threads, "no-but", 20 * threads,
                "thank-opener", 10 * threads, "shouting", 10 * threads), f.rules());
        assertEquals(what, 10 * threads, f.coached());
        assertEquals(what, 10 * threads, f.withFix());
        assertEquals(what, Map.of("acknowledge", 10 * threads), f.fixed());
        assertEquals(what, 10 * threads, f.style(ConflictStyle.COLLABORATING));
        assertEquals(what, 40 * threads, f.unstyled());
        assertEquals(what, 20 * threads, f.checks());
        assertEquals(what, 10 * threads, f.blocked());
        assertEquals(what, 10 * threads, f.overrides());
        assertEquals(what, Map.of(OverrideReason.Category.FALSE_ALARM, 10 * threads), f.overrideReasons());
        assertEquals(what, Map.of("no-but", 10 * threads), f.notHelpful());
        assertEquals(what, 100L * threads, f.events());
    }

    /**
     * Reports run while the writers write: each must succeed, and since rows are only ever added,
     * a later report on the same node never counts fewer events than an earlier one, nor more
     * than will ever be written.
     */
    private static void readWhileWriting(ActiveObjectsCoachingStore store, CountDownLatch writersDone) throws InterruptedException {
        long seen = 0;
        for (int r = 0; r < READS_PER_READER && writersDone.getCount() > 0; r++) {
            long events = 0;
            for (AgentDay ad : store.days(ReportScope.of(BOTH_DAYS))) {
                events += ad.figures().events();
            }
            if (events < seen || events > (long) WRITERS * EVENTS_PER_THREAD) {
                fail("a report during the writes counted " + events + " events after one that counted " + seen);
            }
            seen = events;
            writersDone.await(20, TimeUnit.MILLISECONDS);
        }
    }

    /** Event {@code i} of writer {@code thread} on {@code node}: the pattern in the class comment. */
    private static CoachingEvent event(int node, int thread, int i) {
        String agent = AGENTS[i % 3];
        LocalDate day = DAYS[i % 2];
        int n = i / 6;
        String project = PROJECTS[node];
        ReplyRef issue = ReplyRef.of(agent, project + "-" + (thread + 1), project);
        ReplyRef draft = issue.withDraft("n" + node + "-t" + thread + "-" + n);
        ZonedDateTime at = noon(day).plusSeconds(n);
        switch (n % 10) {
            case 0:
                return Events.sent(draft, at, n, rules("profanity", BLOCK, "no-but", WARNING), Set.of(), null);
            case 1:
                return Events.sent(draft, at, n, rules("no-but", WARNING), Set.of("acknowledge"), null);
            case 2:
                return Events.sent(draft, at, n, rules("thank-opener", INFO), Set.of(), ConflictStyle.COLLABORATING);
            case 3:
                return Events.sent(draft, at, n, rules(), Set.of(), null);
            case 4:
                return Events.sent(draft, at, n, rules("shouting", WARNING), Set.of(), null);
            case 5:
            case 6:
                return CoachingEvent.checked(draft, at, rules("acknowledge", WARNING));
            case 7:
                return CoachingEvent.blocked(draft, at, rules("profanity", BLOCK));
            case 8:
                return CoachingEvent.overridden(draft, at, rules("profanity", BLOCK),
                        OverrideReason.of(OverrideReason.Category.FALSE_ALARM, "quoting the customer's own words"));
            default:
                return CoachingEvent.notHelpful(draft, at, "no-but", WARNING);
        }
    }
}
