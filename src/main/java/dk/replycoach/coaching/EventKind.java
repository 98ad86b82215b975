package dk.replycoach.coaching;

import java.util.Locale;

/** What happened to a reply, as far as coaching is concerned. */
public enum EventKind {
    /** A draft was checked while the agent wrote; carries the rules newly shown for that draft. */
    CHECKED,
    /** The final reply went to the customer; carries score, style, rules and what was fixed. */
    SENT,
    /** The validator or the send gate stopped a reply; carries the blocking rules. */
    BLOCKED,
    /** The agent sent despite a block; carries the rules and the agent's reason. */
    OVERRIDDEN,
    /** The agent marked a rule's finding "not helpful". */
    FEEDBACK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an id as written by {@link #id()}; null when unknown. */
    public static EventKind fromId(String id) {
        for (EventKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        return null;
    }
}
