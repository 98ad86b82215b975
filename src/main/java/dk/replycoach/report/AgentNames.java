package dk.replycoach.report;

/** An agent's name as people know it, from the agent's user key (Jira: the user's full name). */
@FunctionalInterface
public interface AgentNames {
    /** The display name; the key itself when the user is unknown (deleted, or from another system). */
    String displayName(String userKey);
}
