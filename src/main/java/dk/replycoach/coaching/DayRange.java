package dk.replycoach.coaching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Days from {@code first} to {@code last}, both included. */
public final class DayRange {
    private final LocalDate first;
    private final LocalDate last;

    private DayRange(LocalDate first, LocalDate last) {
        this.first = Objects.requireNonNull(first, "first");
        this.last = Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    public static DayRange of(LocalDate first, LocalDate last) {
        return new DayRange(first, last);
    }

    public static DayRange day(LocalDate day) {
        return new DayRange(day, day);
    }

    /** The {@code days} days that end with {@code today}. */
    public static DayRange lastDays(int days, LocalDate today) {
        if (days < 1) {
            throw new IllegalArgumentException("a range has at least one day");
        }
        return new DayRange(today.minusDays(days - 1L), today);
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return last;
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** The Monday that starts the ISO week of a day. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Mondays of every ISO week that the range touches, in order. */
    public List<LocalDate> weeks() {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = weekOf(first); !w.isAfter(last); w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        return weeks;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DayRange && first.equals(((DayRange) o).first) && last.equals(((DayRange) o).last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last);
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
