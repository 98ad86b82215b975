package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Severity;

import java.util.List;
import java.util.Optional;

/**
 * What is declared once about a rule and read by config validation, REST, the admin page, the CLI
 * and the docs: its public id, default severity, the step or principle it serves, and its tunable
 * parameters. i18n keys follow from the id: {@code replycoach.rule.<id>.name},
 * {@code .message}, {@code .guidance}.
 */
public final class RuleDescriptor {
    private final String id;
    private final Severity defaultSeverity;
    private final String source;
    private final boolean needsCustomerMessage;
    private final List<RuleParameter> parameters;

    public RuleDescriptor(String id, Severity defaultSeverity, String source, boolean needsCustomerMessage,
                          List<RuleParameter> parameters) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.source = source;
        this.needsCustomerMessage = needsCustomerMessage;
        this.parameters = List.copyOf(parameters);
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The step of the 4-step model or the principle the rule comes from. */
    public String source() {
        return source;
    }

    /** Only runs when the customer's message is known. */
    public boolean needsCustomerMessage() {
        return needsCustomerMessage;
    }

    public List<RuleParameter> parameters() {
        return parameters;
    }

    public Optional<RuleParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public String nameKey() {
        return "replycoach.rule." + id + ".name";
    }

    public String messageKey() {
        return "replycoach.rule." + id + ".message";
    }

    public String guidanceKey() {
        return "replycoach.rule." + id + ".guidance";
    }
}
