package dk.replycoach.config;

import dk.replycoach.analysis.Severity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an admin sets on the workflow validator "Reply Coach: check the reply": the severity that
 * blocks ({@code block} or {@code warning}), which comments count (public replies only, or all),
 * and what happens when the analysis itself fails ({@code open} lets the transition through).
 * Stored by Jira as string arguments of the validator.
 */
public final class ValidatorSettings {
    public static final String BLOCK_AT = "blockAt";
    public static final String SCOPE = "scope";
    public static final String FAIL_MODE = "failMode";

    /** Which comments the validator checks. */
    public enum Scope { PUBLIC, ALL }

    /** What an internal error in the analysis does. */
    public enum FailMode { OPEN, CLOSED }

    private final Severity blockAt;
    private final Scope scope;
    private final FailMode failMode;

    public ValidatorSettings(Severity blockAt, Scope scope, FailMode failMode) {
        this.blockAt = blockAt;
        this.scope = scope;
        this.failMode = failMode;
    }

    public static ValidatorSettings defaults() {
        return new ValidatorSettings(Severity.BLOCK, Scope.PUBLIC, FailMode.OPEN);
    }

    /**
     * Reads stored arguments; a missing or unknown value takes its default, so a hand-edited or
     * older workflow never breaks transitions.
     */
    public static ValidatorSettings fromArgs(Map<?, ?> args) {
        ValidatorSettings d = defaults();
        Severity blockAt = Severity.fromId(string(args, BLOCK_AT));
        if (blockAt != Severity.WARNING && blockAt != Severity.BLOCK) {
            blockAt = d.blockAt;
        }
        return new ValidatorSettings(blockAt, parse(Scope.class, string(args, SCOPE), d.scope),
                parse(FailMode.class, string(args, FAIL_MODE), d.failMode));
    }

    /** True when a form or stored value is one this validator accepts. */
    public static boolean isValid(String name, String value) {
        if (value == null) {
            return false;
        }
        switch (name) {
            case BLOCK_AT: return "block".equals(value) || "warning".equals(value);
            case SCOPE: return parse(Scope.class, value, null) != null;
            case FAIL_MODE: return parse(FailMode.class, value, null) != null;
            default: return false;
        }
    }

    public Map<String, String> toArgs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(BLOCK_AT, blockAt.id());
        m.put(SCOPE, scope.name().toLowerCase(Locale.ROOT));
        m.put(FAIL_MODE, failMode.name().toLowerCase(Locale.ROOT));
        return m;
    }

    public Severity blockAt() {
        return blockAt;
    }

    public Scope scope() {
        return scope;
    }

    public FailMode failMode() {
        return failMode;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ValidatorSettings)) {
            return false;
        }
        ValidatorSettings other = (ValidatorSettings) o;
        return blockAt == other.blockAt && scope == other.scope && failMode == other.failMode;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(blockAt, scope, failMode);
    }

    @Override
    public String toString() {
        return toArgs().toString();
    }

    private static String string(Map<?, ?> args, String key) {
        Object v = args == null ? null : args.get(key);
        return v == null ? null : v.toString().trim().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.trim())) {
                return e;
            }
        }
        return fallback;
    }
}
