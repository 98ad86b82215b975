package dk.replycoach.config;

import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.rule.RuleDescriptor;
import dk.replycoach.analysis.rule.RuleParameter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an admin chose for one rule: on or off, its severity and a value for each of its
 * parameters. Always complete (every parameter of the rule has a value), so what the admin page
 * shows is exactly what runs.
 */
public final class RuleChoice {
    private final boolean enabled;
    private final Severity severity;
    private final Map<String, Double> parameters;

    public RuleChoice(boolean enabled, Severity severity, Map<String, Double> parameters) {
        this.enabled = enabled;
        this.severity = Objects.requireNonNull(severity);
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The rule as shipped: on, its default severity, its default parameter values. */
    public static RuleChoice defaults(RuleDescriptor d) {
        Map<String, Double> params = new LinkedHashMap<>();
        for (RuleParameter p : d.parameters()) {
            params.put(p.name(), p.defaultValue());
        }
        return new RuleChoice(true, d.defaultSeverity(), params);
    }

    public boolean enabled() {
        return enabled;
    }

    public Severity severity() {
        return severity;
    }

    /** Parameter values by name, in the rule's declaration order. */
    public Map<String, Double> parameters() {
        return parameters;
    }

    public RuleChoice withEnabled(boolean on) {
        return new RuleChoice(on, severity, parameters);
    }

    public RuleChoice withSeverity(Severity s) {
        return new RuleChoice(enabled, s, parameters);
    }

    public RuleChoice withParameter(String name, double value) {
        Map<String, Double> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new RuleChoice(enabled, severity, p);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RuleChoice)) {
            return false;
        }
        RuleChoice other = (RuleChoice) o;
        return enabled == other.enabled && severity == other.severity && parameters.equals(other.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, severity, parameters);
    }

    @Override
    public String toString() {
        return (enabled ? "on " : "off ") + severity.id() + " " + parameters;
    }
}
