package dk.replycoach.analysis.rule;

/** A number an admin can tune for a rule, with its default and the range validation accepts. */
public final class RuleParameter {
    private final String name;
    private final double defaultValue;
    private final double min;
    private final double max;

    public RuleParameter(String name, double defaultValue, double min, double max) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String name() {
        return name;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean accepts(double value) {
        return !Double.isNaN(value) && value >= min && value <= max;
    }
}
