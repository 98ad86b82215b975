package dk.replycoach.analysis;

import dk.replycoach.guidance.StepChecklist;
import dk.replycoach.guidance.StyleReading;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Everything the engine says about one reply (DESIGN §3, "JSON form of a report"). Immutable. */
public final class ReplyReport {
    private final String language;
    private final double languageConfidence;
    private final int score;
    private final StepChecklist steps;
    private final StyleReading style;
    private final CustomerReading customer;
    private final ReplyStats stats;
    private final List<Finding> findings;
    private final boolean truncated;

    public ReplyReport(String language, double languageConfidence, int score, StepChecklist steps, StyleReading style,
                       CustomerReading customer, ReplyStats stats, List<Finding> findings, boolean truncated) {
        this.language = language;
        this.languageConfidence = languageConfidence;
        this.score = score;
        this.steps = steps;
        this.style = style;
        this.customer = customer;
        this.stats = stats;
        this.findings = List.copyOf(findings);
        this.truncated = truncated;
    }

    public String language() {
        return language;
    }

    public double languageConfidence() {
        return languageConfidence;
    }

    public int score() {
        return score;
    }

    public StepChecklist steps() {
        return steps;
    }

    public StyleReading style() {
        return style;
    }

    public Optional<CustomerReading> customer() {
        return Optional.ofNullable(customer);
    }

    public ReplyStats stats() {
        return stats;
    }

    /** Findings in text order. */
    public List<Finding> findings() {
        return findings;
    }

    /** True when the text was longer than the cap and only its first part was analysed. */
    public boolean truncated() {
        return truncated;
    }

    /** The highest severity among the findings, if any. */
    public Optional<Severity> highestSeverity() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo);
    }

    public boolean hasFindingAtLeast(Severity severity) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(severity));
    }

    /** The ids of the rules that fired, sorted. */
    public Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        findings.forEach(f -> ids.add(f.rule()));
        return ids;
    }
}
