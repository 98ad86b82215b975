package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Messages;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.Suggestion;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.lang.PhraseMatch;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule knows what to look for in an analysed reply and turns it into findings with offsets,
 * message, guidance and, where possible, a concrete edit. Rules are stateless and shared between
 * threads; everything a check needs comes with the {@link AnalyzedReply}.
 */
public abstract class Rule {
    private final RuleDescriptor descriptor;

    protected Rule(RuleDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    public final RuleDescriptor descriptor() {
        return descriptor;
    }

    public final String id() {
        return descriptor.id();
    }

    /** The findings for this reply; empty when the reply is fine. Never null. */
    public abstract List<Finding> check(AnalyzedReply reply);

    protected final Severity severity(AnalyzedReply reply) {
        return reply.settings().severity(id(), descriptor.defaultSeverity());
    }

    protected final double parameter(AnalyzedReply reply, String name) {
        RuleParameter p = descriptor.parameter(name)
                .orElseThrow(() -> new IllegalStateException(id() + " has no parameter " + name));
        return reply.settings().parameter(id(), name, p.defaultValue());
    }

    /** A finding with the rule's configured severity and its standard message. */
    protected final Finding finding(AnalyzedReply reply, int start, int end, Suggestion suggestion) {
        return finding(reply, severity(reply), null, start, end, suggestion);
    }

    /**
     * A finding with a message variant: key {@code replycoach.rule.<id>.message.<variant>} when it
     * exists, else the standard message. Arguments fill {@code {0}}, {@code {1}} ...
     */
    protected final Finding finding(AnalyzedReply reply, Severity severity, String variant, int start, int end,
                                    Suggestion suggestion, Object... args) {
        Messages m = reply.messages();
        String key = descriptor.messageKey();
        if (variant != null && m.has(key + "." + variant)) {
            key = key + "." + variant;
        }
        String guidanceKey = descriptor.guidanceKey();
        if (variant != null && m.has(guidanceKey + "." + variant)) {
            guidanceKey = guidanceKey + "." + variant;
        }
        return new Finding(id(), severity, start, end, reply.excerpt(start, end), m.get(key, args),
                m.get(guidanceKey, args), suggestion);
    }

    /** One finding per match of the category, each spanning the matched words. */
    protected final List<Finding> findingPerMatch(AnalyzedReply reply, PhraseCategory category) {
        List<Finding> out = new ArrayList<>();
        for (PhraseMatch m : reply.matches(category)) {
            out.add(finding(reply, reply.startOf(m), reply.endOf(m), null));
        }
        return out;
    }

    /** Inserts a sentence from the reply's language pack, or no suggestion when the pack has none. */
    protected static Suggestion insertSentence(AnalyzedReply reply, String key, int at, boolean spaceBefore) {
        String text = reply.pack().suggestion(key);
        if (text.isEmpty()) {
            return null;
        }
        return Suggestion.insert(at, spaceBefore ? " " + text : text + " ");
    }
}
