package dk.replycoach.coaching;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A rule's "not helpful" votes next to how often it fired in sent replies: a rough precision
 * signal for admins deciding whether a rule earns its place.
 */
public final class RuleFeedback {
    private final String rule;
    private final int notHelpful;
    private final int fired;

    public RuleFeedback(String rule, int notHelpful, int fired) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.notHelpful = notHelpful;
        this.fired = fired;
    }

    public String rule() {
        return rule;
    }

    public int notHelpful() {
        return notHelpful;
    }

    /** Sent replies in which the rule fired. */
    public int fired() {
        return fired;
    }

    /** Votes per sent reply it fired in; empty when it never fired in a sent reply. */
    public OptionalDouble votesPerFiring() {
        return fired == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) notHelpful / fired);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleFeedback && rule.equals(((RuleFeedback) o).rule)
                && notHelpful == ((RuleFeedback) o).notHelpful && fired == ((RuleFeedback) o).fired;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, notHelpful, fired);
    }

    @Override
    public String toString() {
        return rule + " notHelpful=" + notHelpful + " fired=" + fired;
    }
}
