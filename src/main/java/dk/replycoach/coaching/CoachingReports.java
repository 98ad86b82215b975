package dk.replycoach.coaching;

import java.util.List;
import java.util.Objects;

/** The reads leads and agents ask for, over any {@link CoachingStore}. */
public final class CoachingReports {
    private final CoachingStore store;

    public CoachingReports(CoachingStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** One agent's figures per day ("My coaching"). */
    public List<AgentDay> agentDays(String agent, DayRange range) {
        return store.days(ReportScope.of(range).forAgent(agent));
    }

    /** Team totals, per-agent totals, weekly trends, top rules and feedback for a scope. */
    public TeamReport team(ReportScope scope) {
        return TeamReport.of(scope, store.days(scope));
    }
}
