package dk.replycoach.coaching;

import java.time.Clock;
import java.time.LocalDate;

/**
 * How long coaching events are kept. Coaching looks back weeks and months, not years; keeping
 * events longer than that only keeps personal data about agents longer than it helps them.
 */
public final class RetentionPolicy {
    public static final int DEFAULT_DAYS = 365;
    public static final int MAX_DAYS = 3650;

    private final int days;

    private RetentionPolicy(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("retention must be 1-" + MAX_DAYS + " days, got " + days);
        }
        this.days = days;
    }

    public static RetentionPolicy days(int days) {
        return new RetentionPolicy(days);
    }

    public static RetentionPolicy defaults() {
        return new RetentionPolicy(DEFAULT_DAYS);
    }

    public int days() {
        return days;
    }

    /** The oldest day kept: events of days before it are older than the limit. */
    public LocalDate firstDayKept(LocalDate today) {
        return today.minusDays(days);
    }

    /** Deletes what is older than the limit; returns how many events went. */
    public int purge(CoachingStore store, Clock clock) {
        return store.purgeBefore(firstDayKept(LocalDate.now(clock)));
    }
}
