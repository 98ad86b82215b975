package dk.replycoach.coaching;

import java.util.Objects;

/** A rule id and how often something happened with it. */
public final class RuleCount {
    private final String rule;
    private final int count;

    public RuleCount(String rule, int count) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.count = count;
    }

    public String rule() {
        return rule;
    }

    public int count() {
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleCount && rule.equals(((RuleCount) o).rule) && count == ((RuleCount) o).count;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, count);
    }

    @Override
    public String toString() {
        return rule + "=" + count;
    }
}
