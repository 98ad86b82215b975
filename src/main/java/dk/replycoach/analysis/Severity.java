package dk.replycoach.analysis;

import java.util.Locale;

/** How serious a finding is. Ordered: {@code info < warning < block}. */
public enum Severity {
    INFO, WARNING, BLOCK;

    /** The id used in config, JSON, REST and the CLI. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** Parses an id ({@code info}, {@code warning}, {@code block}); null when unknown. */
    public static Severity fromId(String id) {
        if (id == null) {
            return null;
        }
        for (Severity s : values()) {
            if (s.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }

    public static Severity min(Severity a, Severity b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
