package dk.replycoach.coaching;

import java.util.Objects;

/**
 * Whose reply and where: the agent (Jira user key), the issue and project keys kept for
 * drill-down, and the draft the checker followed while the agent wrote. Issue, project and draft
 * are optional (an exported reply may carry no issue; a comment may have been written without the
 * checker). Never holds any text of the reply.
 */
public final class ReplyRef {
    private final String agent;
    private final String issueKey;
    private final String projectKey;
    private final String draftId;

    private ReplyRef(String agent, String issueKey, String projectKey, String draftId) {
        this.agent = CoachingKeys.key("agent", agent, true);
        this.issueKey = CoachingKeys.key("issue key", issueKey, false);
        this.projectKey = CoachingKeys.key("project key", projectKey, false);
        this.draftId = CoachingKeys.draftId(draftId);
    }

    public static ReplyRef of(String agent, String issueKey, String projectKey) {
        return new ReplyRef(agent, issueKey, projectKey, null);
    }

    public static ReplyRef agent(String agent) {
        return new ReplyRef(agent, null, null, null);
    }

    public ReplyRef withDraft(String draftId) {
        return new ReplyRef(agent, issueKey, projectKey, draftId);
    }

    public String agent() {
        return agent;
    }

    /** The issue key, or null. */
    public String issueKey() {
        return issueKey;
    }

    /** The project key, or null. */
    public String projectKey() {
        return projectKey;
    }

    /** The draft id the checker used, or null. */
    public String draftId() {
        return draftId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReplyRef)) {
            return false;
        }
        ReplyRef r = (ReplyRef) o;
        return agent.equals(r.agent) && Objects.equals(issueKey, r.issueKey)
                && Objects.equals(projectKey, r.projectKey) && Objects.equals(draftId, r.draftId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agent, issueKey, projectKey, draftId);
    }

    @Override
    public String toString() {
        return agent + "@" + issueKey + "/" + projectKey + (draftId == null ? "" : "#" + draftId);
    }
}
