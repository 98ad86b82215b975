package dk.replycoach.guidance;

import java.util.Locale;

/**
 * The five Thomas–Kilmann conflict modes as they show in a written reply. Collaborating is the aim;
 * accommodating suits demanding key customers; compromising suits a temporary fix; competing and
 * avoiding escalate.
 */
public enum ConflictStyle {
    COLLABORATING, COMPETING, AVOIDING, ACCOMMODATING, COMPROMISING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Styles that escalate a conflict with a customer. */
    public boolean escalates() {
        return this == COMPETING || this == AVOIDING;
    }

    public static ConflictStyle fromId(String id) {
        for (ConflictStyle s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
