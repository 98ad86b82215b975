package dk.replycoach.jira.rest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * How many draft checks may analyse at once on this node. The panel checks on every pause in
 * typing, for every agent, and Jira serves those calls on as many request threads as arrive. Left
 * alone, fifty checks in flight on a two-core node share the CPU fifty ways: each one takes fifty
 * times as long, and the one the scheduler leaves for last takes far longer than the average. With
 * a few slots taken in arrival order, every check waits its turn and then runs at full speed, so
 * the slowest answers come close to the typical one, and Reply Coach never holds more than its
 * slots' worth of CPU while Jira serves everything else.
 *
 * <p>A check that finds no slot within the maximum wait is turned away (the resource answers 503
 * with {@code Retry-After}); so is one that finds the queue already full, at once, so that a flood
 * of checks cannot park all of Jira's request threads. The panel asks again shortly. The numbers
 * are per-node JVM system properties, read at start: {@value #SLOTS_PROPERTY} (default twice the
 * processors), {@value #MAX_WAITING_PROPERTY} (default {@value #WAITING_PER_SLOT} per slot) and
 * {@value #MAX_WAIT_PROPERTY} (default {@value #DEFAULT_MAX_WAIT_MILLIS}).
 */
@Named
public class CheckCapacity {
    static final String SLOTS_PROPERTY = "replycoach.check.slots";
    static final String MAX_WAITING_PROPERTY = "replycoach.check.maxWaiting";
    static final String MAX_WAIT_PROPERTY = "replycoach.check.maxWaitMillis";
    static final int MAX_SLOTS = 1024;
    static final int WAITING_PER_SLOT = 64;
    static final int MAX_WAITING_LIMIT = 100_000;
    static final long DEFAULT_MAX_WAIT_MILLIS = 1000;
    static final long MAX_WAIT_LIMIT_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(CheckCapacity.class);

    private final Semaphore slots;
    private final int size;
    private final int maxWaiting;
    private final long maxWaitMillis;
    private final AtomicLong turnedAway = new AtomicLong();

    @Inject
    public CheckCapacity() {
        this(property(SLOTS_PROPERTY, defaultSlots(), 1, MAX_SLOTS));
    }

    private CheckCapacity(long slots) {
        this(slots, property(MAX_WAITING_PROPERTY, WAITING_PER_SLOT * slots, 0, MAX_WAITING_LIMIT),
                property(MAX_WAIT_PROPERTY, DEFAULT_MAX_WAIT_MILLIS, 0, MAX_WAIT_LIMIT_MILLIS));
    }

    CheckCapacity(long slots, long maxWaitMillis) {
        this(slots, WAITING_PER_SLOT * slots, maxWaitMillis);
    }

    CheckCapacity(long slots, long maxWaiting, long maxWaitMillis) {
        if (slots < 1 || slots > MAX_SLOTS) {
            throw new IllegalArgumentException("slots must be between 1 and " + MAX_SLOTS + ", was " + slots);
        }
        if (maxWaiting < 0 || maxWaiting > MAX_WAITING_LIMIT) {
            throw new IllegalArgumentException("maxWaiting must be between 0 and " + MAX_WAITING_LIMIT + ", was " + maxWaiting);
        }
        if (maxWaitMillis < 0 || maxWaitMillis > MAX_WAIT_LIMIT_MILLIS) {
            throw new IllegalArgumentException("maxWaitMillis must be between 0 and " + MAX_WAIT_LIMIT_MILLIS + ", was " + maxWaitMillis);
        }
        this.size = (int) slots;
        this.maxWaiting = (int) maxWaiting;
        this.maxWaitMillis = maxWaitMillis;
        // Fair: checks get their slot in the order they asked, which is what keeps the slowest close to the rest.
        this.slots = new Semaphore(size, true);
    }

    /**
     * Runs {@code work} in a free slot, waiting in arrival order up to the maximum wait. Empty when
     * the queue was full, no slot came free in time, or the waiting thread was interrupted;
     * {@code work} gives a result, never null, so that empty means only that.
     */
    public <T> Optional<T> run(Supplier<T> work) {
        boolean entered;
        try {
            // A full queue means no waiting: a free slot still serves at once. The queue length is
            // an estimate; a few checks more or less in a flood do not matter. (The timed
            // tryAcquire keeps arrival order, the untimed one would jump the queue.)
            long wait = slots.getQueueLength() < maxWaiting ? maxWaitMillis : 0;
            entered = slots.tryAcquire(wait, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            turnedAway.incrementAndGet();
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            slots.release();
        }
    }

    /** Seconds a turned-away caller should wait before asking again, for {@code Retry-After}. */
    public long retryAfterSeconds() {
        return 1;
    }

    public int slots() {
        return size;
    }

    public int maxWaiting() {
        return maxWaiting;
    }

    public long maxWaitMillis() {
        return maxWaitMillis;
    }

    /** Checks waiting for a slot now (an estimate, as the threads come and go). */
    public int waiting() {
        return slots.getQueueLength();
    }

    /** Checks turned away since start. */
    public long turnedAway() {
        return turnedAway.get();
    }

    private static long defaultSlots() {
        return Math.min(MAX_SLOTS, 2L * Runtime.getRuntime().availableProcessors());
    }

    /** A whole-number system property within bounds; anything else keeps the default, with a warning. */
    static long property(String name, long fallback, long min, long max) {
        String raw = System.getProperty(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the bounds, like a value out of range.
        }
        LOG.warn("Reply Coach: system property {}='{}' is not a whole number from {} to {}; using {}", name, raw, min, max, fallback);
        return fallback;
    }
}
