package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;

import java.util.List;

/**
 * {@code competing}: a policy wall or winning the argument ("det er vores politik", "reglerne er
 * klare", "that is final").
 *
 * <p>Why: the competing conflict style cares about winning; in customer service it ends the
 * dialogue and escalates. Explain what is possible and work towards a solution together.
 *
 * <p>Bad (da): "Det er vores politik, og det kan ikke diskuteres."<br>
 * Good (da): "Jeg kan tilbyde dig en ombytning i stedet. Hvad siger du til det?"<br>
 * Bad (en): "That is our policy and the decision is final."<br>
 * Good (en): "I can offer you an exchange instead. How does that sound?"
 */
public final class CompetingRule extends Rule {
    public static final String ID = "competing";

    public CompetingRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "Thomas-Kilmann: competing", false, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        return findingPerMatch(reply, PhraseCategory.COMPETING);
    }
}
