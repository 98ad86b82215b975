package dk.replycoach.coaching;

import java.util.Objects;

/** Which events a report reads: a range of days, optionally one project, optionally one agent. */
public final class ReportScope {
    private final DayRange range;
    private final String project;
    private final String agent;

    private ReportScope(DayRange range, String project, String agent) {
        this.range = Objects.requireNonNull(range, "range");
        this.project = CoachingKeys.key("project key", project, false);
        this.agent = CoachingKeys.key("agent", agent, false);
    }

    public static ReportScope of(DayRange range) {
        return new ReportScope(range, null, null);
    }

    /** Only events in this project; null for all projects. */
    public ReportScope inProject(String projectKey) {
        return new ReportScope(range, projectKey, agent);
    }

    /** Only this agent's events; null for every agent. */
    public ReportScope forAgent(String agentKey) {
        return new ReportScope(range, project, agentKey);
    }

    public DayRange range() {
        return range;
    }

    /** The project key, or null for all projects. */
    public String project() {
        return project;
    }

    /** The agent's user key, or null for all agents. */
    public String agent() {
        return agent;
    }

    /** Whether an event falls in this scope. */
    public boolean includes(CoachingEvent e) {
        return range.contains(e.day())
                && (project == null || project.equals(e.ref().projectKey()))
                && (agent == null || agent.equals(e.agent()));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReportScope)) {
            return false;
        }
        ReportScope s = (ReportScope) o;
        return range.equals(s.range) && Objects.equals(project, s.project) && Objects.equals(agent, s.agent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(range, project, agent);
    }

    @Override
    public String toString() {
        return range + (project == null ? "" : " project " + project) + (agent == null ? "" : " agent " + agent);
    }
}
