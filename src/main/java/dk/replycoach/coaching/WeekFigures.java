package dk.replycoach.coaching;

import java.time.LocalDate;
import java.util.Objects;

/** Figures for the ISO week that starts on {@link #weekStart()} (a Monday). */
public final class WeekFigures {
    private final LocalDate weekStart;
    private final CoachingFigures figures;

    public WeekFigures(LocalDate weekStart, CoachingFigures figures) {
        this.weekStart = Objects.requireNonNull(weekStart, "weekStart");
        this.figures = Objects.requireNonNull(figures, "figures");
    }

    public LocalDate weekStart() {
        return weekStart;
    }

    public CoachingFigures figures() {
        return figures;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeekFigures && weekStart.equals(((WeekFigures) o).weekStart)
                && figures.equals(((WeekFigures) o).figures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekStart, figures);
    }

    @Override
    public String toString() {
        return weekStart + " {" + figures + "}";
    }
}
