package dk.replycoach.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a team lead reads for a range (and optionally a project): team totals, each agent's totals,
 * the weekly trend for the team and for each agent, top rules and "not helpful" counts. Pure maths
 * over {@link AgentDay} rows, so it reads the same from any store.
 */
public final class TeamReport {
    private final ReportScope scope;
    private final CoachingFigures totals;
    private final Map<String, CoachingFigures> agents;
    private final List<WeekFigures> weeks;
    private final Map<String, List<WeekFigures>> agentWeeks;

    private TeamReport(ReportScope scope, CoachingFigures totals, Map<String, CoachingFigures> agents,
                       List<WeekFigures> weeks, Map<String, List<WeekFigures>> agentWeeks) {
        this.scope = scope;
        this.totals = totals;
        this.agents = agents;
        this.weeks = weeks;
        this.agentWeeks = agentWeeks;
    }

    /** Adds up the days of a scope. Days outside the scope's range are ignored. */
    public static TeamReport of(ReportScope scope, List<AgentDay> days) {
        Objects.requireNonNull(scope, "scope");
        CoachingFigures.Tally total = new CoachingFigures.Tally();
        Map<String, CoachingFigures.Tally> perAgent = new TreeMap<>();
        Map<LocalDate, CoachingFigures.Tally> perWeek = new TreeMap<>();
        Map<String, Map<LocalDate, CoachingFigures.Tally>> perAgentWeek = new TreeMap<>();
        for (AgentDay d : days) {
            if (!scope.range().contains(d.day())) {
                continue;
            }
            LocalDate week = DayRange.weekOf(d.day());
            total.add(d.figures());
            perAgent.computeIfAbsent(d.agent(), a -> new CoachingFigures.Tally()).add(d.figures());
            perWeek.computeIfAbsent(week, w -> new CoachingFigures.Tally()).add(d.figures());
            perAgentWeek.computeIfAbsent(d.agent(), a -> new TreeMap<>())
                    .computeIfAbsent(week, w -> new CoachingFigures.Tally()).add(d.figures());
        }
        Map<String, CoachingFigures> agents = new LinkedHashMap<>();
        perAgent.forEach((a, t) -> agents.put(a, t.build()));
        Map<String, List<WeekFigures>> agentWeeks = new LinkedHashMap<>();
        perAgentWeek.forEach((a, w) -> agentWeeks.put(a, trend(scope.range(), w)));
        return new TeamReport(scope, total.build(), Collections.unmodifiableMap(agents),
                trend(scope.range(), perWeek), Collections.unmodifiableMap(agentWeeks));
    }

    /** Every week the range touches, empty weeks included, so a chart has no gaps. */
    private static List<WeekFigures> trend(DayRange range, Map<LocalDate, CoachingFigures.Tally> perWeek) {
        List<WeekFigures> out = new ArrayList<>();
        for (LocalDate w : range.weeks()) {
            CoachingFigures.Tally t = perWeek.get(w);
            out.add(new WeekFigures(w, t == null ? CoachingFigures.NONE : t.build()));
        }
        return Collections.unmodifiableList(out);
    }

    public ReportScope scope() {
        return scope;
    }

    public CoachingFigures totals() {
        return totals;
    }

    /** Each agent with events in scope, by user key. */
    public Map<String, CoachingFigures> agents() {
        return agents;
    }

    /** The team's weekly trend over the range. */
    public List<WeekFigures> weeks() {
        return weeks;
    }

    /** One agent's weekly trend over the range; empty weeks for an agent without events. */
    public List<WeekFigures> weeks(String agent) {
        List<WeekFigures> w = agentWeeks.get(agent);
        return w != null ? w : trend(scope.range(), Map.of());
    }

    /** The team's most frequent rules in sent replies. */
    public List<RuleCount> topRules(int limit) {
        return totals.topRules(limit);
    }

    /** Rules with "not helpful" votes, most votes first. */
    public List<RuleFeedback> notHelpful() {
        List<RuleFeedback> out = new ArrayList<>();
        totals.notHelpful().forEach((rule, n) -> out.add(new RuleFeedback(rule, n, totals.rules().getOrDefault(rule, 0))));
        out.sort(Comparator.comparingInt(RuleFeedback::notHelpful).reversed().thenComparing(RuleFeedback::rule));
        return Collections.unmodifiableList(out);
    }
}
