package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;

import java.util.List;

/**
 * {@code blame-customer}: the reply points at the customer ("du burde have", "du har selv",
 * "you should have", "as stated in our terms").
 *
 * <p>Why: even when the customer made the mistake, saying so puts them on the defensive and turns
 * the conversation into who is right. Describe the way forward instead.
 *
 * <p>Bad (da): "Du burde have læst vejledningen."<br>
 * Good (da): "Vejledningen står på side 3, og jeg går gerne igennem den med dig."<br>
 * Bad (en): "You should have checked the size chart."<br>
 * Good (en): "The size chart is here, and I can swap the size for you right away."
 */
public final class BlameCustomerRule extends Rule {
    public static final String ID = "blame-customer";

    public BlameCustomerRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "LiveAgent: no self-defence", false, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        return findingPerMatch(reply, PhraseCategory.BLAME);
    }
}
