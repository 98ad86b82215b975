package dk.replycoach.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule noticed in a reply: which rule, how serious, where (offsets into the original
 * text), what to tell the agent, why it matters, and where possible a concrete edit.
 */
public final class Finding {
    private final String rule;
    private final Severity severity;
    private final int start;
    private final int end;
    private final String excerpt;
    private final String message;
    private final String guidance;
    private final Suggestion suggestion;

    public Finding(String rule, Severity severity, int start, int end, String excerpt,
                   String message, String guidance, Suggestion suggestion) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad finding span " + start + ".." + end);
        }
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.start = start;
        this.end = end;
        this.excerpt = Objects.requireNonNull(excerpt, "excerpt");
        this.message = Objects.requireNonNull(message, "message");
        this.guidance = Objects.requireNonNull(guidance, "guidance");
        this.suggestion = suggestion;
    }

    public String rule() {
        return rule;
    }

    public Severity severity() {
        return severity;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String excerpt() {
        return excerpt;
    }

    public String message() {
        return message;
    }

    public String guidance() {
        return guidance;
    }

    public Optional<Suggestion> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    @Override
    public String toString() {
        return rule + "/" + severity.id() + "[" + start + "," + end + ")'" + excerpt + "'";
    }
}
