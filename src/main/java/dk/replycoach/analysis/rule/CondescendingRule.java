package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;

import java.util.List;

/**
 * {@code condescending}: talking down to the customer ("som sagt", "som jeg allerede har skrevet",
 * "as I already said", "obviously", "du skal bare").
 *
 * <p>Why: in writing the customer cannot see a friendly face; phrases that imply they should have
 * understood long ago read as contempt and escalate.
 *
 * <p>Bad (da): "Som jeg allerede har skrevet, skal du bare genstarte routeren."<br>
 * Good (da): "Prøv at genstarte routeren; det løser det oftest."<br>
 * Bad (en): "As I already said, you just need to restart it."<br>
 * Good (en): "Restarting the router usually fixes this."
 */
public final class CondescendingRule extends Rule {
    public static final String ID = "condescending";

    public CondescendingRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "tone", false, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        return findingPerMatch(reply, PhraseCategory.CONDESCENDING);
    }
}
