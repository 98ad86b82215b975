package dk.replycoach.report;

import dk.replycoach.coaching.TeamReport;

/**
 * The admin's minimum group size for team figures. A team report over fewer agents than this shows
 * none of its figures, neither the team's totals and trend nor the per-agent rows: with two agents
 * in a selection, the totals minus one agent's reply are the other agent's. One agent's own figures
 * ("My coaching") are never hidden from that agent.
 */
public final class MinimumGroupSize {
    private final int agents;

    public MinimumGroupSize(int agents) {
        if (agents < 1) {
            throw new IllegalArgumentException("a group has at least one agent");
        }
        this.agents = agents;
    }

    public int agents() {
        return agents;
    }

    /** Whether the report's figures must stay hidden: fewer agents with coaching data than the minimum. */
    public boolean hides(TeamReport report) {
        return report.agents().size() < agents;
    }
}
