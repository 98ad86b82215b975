package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;

import java.util.List;

/**
 * {@code excuse}: the agent explains or excuses themselves ("det skyldes at vi har travlt",
 * "det er ikke min fejl", "we are understaffed").
 *
 * <p>Why: the customer did not write to hear why it is not our fault. Explaining our own
 * behaviour sounds like refusing responsibility and like not listening; own the problem for the
 * company and say what happens next.
 *
 * <p>Bad (da): "Det skyldes, at vi har travlt i øjeblikket."<br>
 * Good (da): "Jeg tager mig af din sag nu og vender tilbage i dag."<br>
 * Bad (en): "It is not my fault, the system was down."<br>
 * Good (en): "I am sorry this hit you. I have reprocessed the order and it ships today."
 */
public final class ExcuseRule extends Rule {
    public static final String ID = "excuse";

    public ExcuseRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "LiveAgent: no excuses, take ownership", false, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        return findingPerMatch(reply, PhraseCategory.EXCUSE);
    }
}
