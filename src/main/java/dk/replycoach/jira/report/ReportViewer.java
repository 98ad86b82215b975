package dk.replycoach.jira.report;

import java.util.Objects;

/**
 * Who is asking for a report, and the permission rules of the reports in one place: team reports
 * for leads (members of a lead group) and Jira administrators; an agent's report for leads,
 * administrators and that agent; one's own report ("My coaching") for every logged-in user.
 * Made for one request by {@link LeadAccess}, never kept.
 */
public final class ReportViewer {
    private static final ReportViewer ANONYMOUS = new ReportViewer(null, false);

    private final String userKey;
    private final boolean lead;

    private ReportViewer(String userKey, boolean lead) {
        this.userKey = userKey;
        this.lead = lead;
    }

    static ReportViewer anonymous() {
        return ANONYMOUS;
    }

    /** A logged-in user; {@code lead} for lead group members and administrators. */
    static ReportViewer user(String userKey, boolean lead) {
        return new ReportViewer(Objects.requireNonNull(userKey, "userKey"), lead);
    }

    public boolean isAnonymous() {
        return userKey == null;
    }

    /** The user's key; null when not logged in. */
    public String userKey() {
        return userKey;
    }

    /** A member of a lead group, or a Jira administrator or system administrator. */
    public boolean isLead() {
        return lead;
    }

    public boolean mayViewTeam() {
        return lead;
    }

    public boolean mayViewAgent(String agentKey) {
        return lead || userKey != null && userKey.equals(agentKey);
    }

    public boolean mayViewOwn() {
        return userKey != null;
    }

    @Override
    public String toString() {
        return userKey == null ? "anonymous" : userKey + (lead ? " (lead)" : "");
    }
}
