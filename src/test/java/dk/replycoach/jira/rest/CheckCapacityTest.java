package dk.replycoach.jira.rest;

import org.junit.After;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class CheckCapacityTest {
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @After
    public void tearDown() {
        threads.shutdownNow();
        System.clearProperty(CheckCapacity.SLOTS_PROPERTY);
        System.clearProperty(CheckCapacity.MAX_WAIT_PROPERTY);
        System.clearProperty(CheckCapacity.MAX_WAITING_PROPERTY);
    }

    @Test
    public void neverMoreChecksAtOnceThanSlots() throws Exception {
        CheckCapacity capacity = new CheckCapacity(3, 10_000);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<Optional<Integer>>> done = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            done.add(threads.submit(() -> capacity.run(() -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                sleep(5);
                return inside.decrementAndGet();
            })));
        }
        for (Future<Optional<Integer>> f : done) {
            assertTrue("every check got a slot", f.get(30, TimeUnit.SECONDS).isPresent());
        }
        assertEquals(3, most.get());
        assertEquals(0, capacity.turnedAway());
    }

    @Test
    public void waitingChecksGetTheirSlotInArrivalOrder() throws Exception {
        CheckCapacity capacity = new CheckCapacity(1, 10_000);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> waiting = new ArrayList<>();
        try (HeldSlot held = HeldSlot.in(capacity)) {
            for (int i = 1; i <= 5; i++) {
                int n = i;
                waiting.add(threads.submit(() -> capacity.run(() -> order.add(n))));
                // The next one asks only once this one waits for the slot.
                waitUntilQueued(capacity, i);
            }
        }
        for (Future<?> f : waiting) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(1, 2, 3, 4, 5), order);
    }

    @Test
    public void aCheckThatWaitsLongerThanTheMaximumIsTurnedAwayWithoutRunning() throws Exception {
        CheckCapacity capacity = new CheckCapacity(1, 50);
        AtomicInteger ran = new AtomicInteger();
        try (HeldSlot held = HeldSlot.in(capacity)) {
            assertFalse(capacity.run(ran::incrementAndGet).isPresent());
            assertEquals(0, ran.get());
            assertEquals(1, capacity.turnedAway());
        }
        assertEquals(Optional.of(1), capacity.run(ran::incrementAndGet));
    }

    @Test
    public void aCheckThatFindsTheQueueFullIsTurnedAwayAtOnce() throws Exception {
        CheckCapacity capacity = new CheckCapacity(1, 2, 10_000);
        List<Future<Optional<Integer>>> waiting = new ArrayList<>();
        try (HeldSlot held = HeldSlot.in(capacity)) {
            for (int i = 1; i <= 2; i++) {
                int n = i;
                waiting.add(threads.submit(() -> capacity.run(() -> n)));
                waitUntilQueued(capacity, i);
            }
            long started = System.nanoTime();
            assertFalse(capacity.run(() -> 3).isPresent());
            assertTrue("not after the ten-second wait", System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
            assertEquals(1, capacity.turnedAway());
        }
        for (Future<Optional<Integer>> f : waiting) {
            assertTrue("the two in the queue still get their turn", f.get(10, TimeUnit.SECONDS).isPresent());
        }
    }

    @Test
    public void withNoQueueAFreeSlotStillServes() {
        CheckCapacity capacity = new CheckCapacity(2, 0, 10_000);
        assertEquals(Optional.of(1), capacity.run(() -> 1));
    }

    @Test
    public void anInterruptedWaitIsTurnedAwayAndKeepsTheInterrupt() {
        CheckCapacity capacity = new CheckCapacity(1, 10_000);
        Thread.currentThread().interrupt();
        try {
            assertFalse(capacity.run(() -> 1).isPresent());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    public void aFailingCheckGivesItsSlotBack() {
        CheckCapacity capacity = new CheckCapacity(1, 0);
        try {
            capacity.run(() -> {
                throw new IllegalStateException("analysis failed");
            });
            fail("the failure reaches the caller");
        } catch (IllegalStateException expected) {
            assertEquals(Optional.of(2), capacity.run(() -> 2));
        }
    }

    @Test
    public void systemPropertiesSetSlotsAndWait() {
        System.setProperty(CheckCapacity.SLOTS_PROPERTY, " 6 ");
        System.setProperty(CheckCapacity.MAX_WAIT_PROPERTY, "250");
        CheckCapacity capacity = new CheckCapacity();
        assertEquals(6, capacity.slots());
        assertEquals("64 waiting per slot unless set", 384, capacity.maxWaiting());
        assertEquals(250, capacity.maxWaitMillis());
        System.setProperty(CheckCapacity.MAX_WAITING_PROPERTY, "0");
        assertEquals(0, new CheckCapacity().maxWaiting());
    }

    @Test
    public void badSystemPropertiesKeepTheDefaults() {
        int processors = Runtime.getRuntime().availableProcessors();
        for (String bad : new String[] {"zero", "0", "-3", "1025", "2.5", ""}) {
            System.setProperty(CheckCapacity.SLOTS_PROPERTY, bad);
            System.setProperty(CheckCapacity.MAX_WAIT_PROPERTY, bad.isEmpty() ? "" : "10001");
            System.setProperty(CheckCapacity.MAX_WAITING_PROPERTY, bad.isEmpty() ? "" : "-1");
            CheckCapacity capacity = new CheckCapacity();
            assertEquals(bad, 2 * processors, capacity.slots());
            assertEquals(bad, 64 * 2 * processors, capacity.maxWaiting());
            assertEquals(bad, CheckCapacity.DEFAULT_MAX_WAIT_MILLIS, capacity.maxWaitMillis());
        }
    }

    @Test
    public void slotsAndWaitOutsideTheirBoundsAreRefused() {
        String[] field = {"slots", "slots", "maxWaiting", "maxWaiting", "maxWaitMillis", "maxWaitMillis"};
        long[][] bad = {{0, 1, 10}, {1025, 1, 10}, {1, -1, 10}, {1, 100_001, 10}, {1, 1, -1}, {1, 1, 10_001}};
        for (int i = 0; i < bad.length; i++) {
            try {
                new CheckCapacity(bad[i][0], bad[i][1], bad[i][2]);
                fail(field[i]);
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().startsWith(field[i] + " must be"));
            }
        }
    }

    private static void waitUntilQueued(CheckCapacity capacity, int waiting) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (capacity.waiting() < waiting) {
            if (System.nanoTime() > until) {
                fail("expected " + waiting + " waiting checks, saw " + capacity.waiting());
            }
            Thread.sleep(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
