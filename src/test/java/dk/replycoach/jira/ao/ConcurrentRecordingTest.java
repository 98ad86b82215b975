package dk.replycoach.jira.ao;

import dk.replycoach.coaching.AgentDay;
import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.DayRange;
import dk.replycoach.coaching.Events;
import dk.replycoach.coaching.ReportScope;
import org.junit.After;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dk.replycoach.analysis.Severity.BLOCK;
import static dk.replycoach.analysis.Severity.WARNING;
import static dk.replycoach.coaching.Events.MONDAY;
import static dk.replycoach.coaching.Events.rules;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Eight writers (think: cluster nodes and request threads) record for the same agent on the same
 * day at once, through the real ORM on a real database. Every event must count.
 */
public class ConcurrentRecordingTest {
    private static final int THREADS = 8;
    private static final int EVENTS_PER_THREAD = 1_000;

    private final HsqlDatabase db = HsqlDatabase.create();

    @After
    public void shutDown() {
        db.close();
    }

    @Test
    public void eightThousandConcurrentEventsForOneAgentAndDayAddUpExactly() throws Exception {
        ActiveObjectsCoachingStore store = new ActiveObjectsCoachingStore(db.migrated());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < EVENTS_PER_THREAD; i++) {
                    // Every fourth reply also carries a block; scores run 0..99 per thread.
                    store.record(Events.sent("anna", "SUP", MONDAY, i % 100,
                            i % 4 == 0 ? rules("no-but", WARNING, "profanity", BLOCK) : rules("no-but", WARNING)));
                }
                return thread;
            }));
        }
        start.countDown();
        for (Future<?> w : writers) {
            w.get();
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

        List<AgentDay> days = store.days(ReportScope.of(DayRange.day(MONDAY)));
        assertEquals(1, days.size());
        CoachingFigures f = days.get(0).figures();
        assertEquals(8_000, f.sent());
        assertEquals(8_000, f.withWarnings());
        assertEquals(2_000, f.withBlocks());
        // Each thread: ten runs of 0..99, i.e. 10 * 4950.
        assertEquals(8L * 10 * 4_950, f.scoreSum());
        assertEquals(Map.of("no-but", 8_000, "profanity", 2_000), f.rules());
        assertEquals(8_000, db.migrated().count(CoachingEventEntity.class));
    }
}
