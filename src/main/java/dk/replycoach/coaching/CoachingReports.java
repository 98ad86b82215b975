package dk.replycoach.coaching;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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

    /**
     * Per rule, over every agent and project in the range: "not helpful" votes next to the sent
     * replies it fired in, for each rule that got a vote or fired. What admins calibrate rules by.
     */
    public Map<String, RuleFeedback> ruleFeedback(DayRange range) {
        CoachingFigures totals = team(ReportScope.of(range)).totals();
        Map<String, RuleFeedback> out = new TreeMap<>();
        totals.rules().forEach((rule, fired) -> out.put(rule, new RuleFeedback(rule, totals.notHelpful().getOrDefault(rule, 0), fired)));
        totals.notHelpful().forEach((rule, votes) -> out.putIfAbsent(rule, new RuleFeedback(rule, votes, 0)));
        return Collections.unmodifiableMap(out);
    }
}
