package dk.replycoach.coaching;

import java.time.LocalDate;
import java.util.Objects;

/** One agent's coaching figures for one day: what a store hands out, and what reports add up. */
public final class AgentDay {
    private final String agent;
    private final LocalDate day;
    private final CoachingFigures figures;

    public AgentDay(String agent, LocalDate day, CoachingFigures figures) {
        this.agent = Objects.requireNonNull(agent, "agent");
        this.day = Objects.requireNonNull(day, "day");
        this.figures = Objects.requireNonNull(figures, "figures");
    }

    public String agent() {
        return agent;
    }

    public LocalDate day() {
        return day;
    }

    public CoachingFigures figures() {
        return figures;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AgentDay)) {
            return false;
        }
        AgentDay d = (AgentDay) o;
        return agent.equals(d.agent) && day.equals(d.day) && figures.equals(d.figures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agent, day, figures);
    }

    @Override
    public String toString() {
        return agent + " " + day + " {" + figures + "}";
    }
}
