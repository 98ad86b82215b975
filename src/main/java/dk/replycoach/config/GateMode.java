package dk.replycoach.config;

import java.util.Locale;

/**
 * What the checker under the comment editor does with a finding at the blocking severity before a
 * reply is sent: {@code soft} warns and lets the agent send anyway, {@code hard} keeps the send
 * button disabled until the reply is fixed, {@code off} only shows guidance.
 */
public enum GateMode {
    SOFT, HARD, OFF;

    /** The id used in the settings JSON and on the admin page. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode for an id, or null when unknown. */
    public static GateMode fromId(String id) {
        for (GateMode m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }
}
