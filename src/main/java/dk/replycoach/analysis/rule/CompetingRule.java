package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.Suggestion;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.lang.PhraseMatch;
import dk.replycoach.analysis.text.Sentence;

import java.util.ArrayList;
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
 *
 * <p>Mentioning a policy is not a wall in itself ("company policy allows a refund, so I've sent
 * it"); the phrases are those that close the discussion. The first wall comes with a suggestion to
 * replace its sentence by an offer to look for a solution together.
 */
public final class CompetingRule extends Rule {
    public static final String ID = "competing";

    public CompetingRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "Thomas-Kilmann: competing", false, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        List<Finding> out = new ArrayList<>();
        for (PhraseMatch m : reply.matches(PhraseCategory.COMPETING)) {
            out.add(finding(reply, reply.startOf(m), reply.endOf(m), out.isEmpty() ? openUp(reply, m) : null));
        }
        return out;
    }

    private static Suggestion openUp(AnalyzedReply reply, PhraseMatch m) {
        Sentence s = reply.sentenceOf(m.firstToken());
        String offer = reply.pack().suggestion("competing.insert");
        return s == null || offer.isEmpty() ? null : Suggestion.replace(s.start(), s.end(), offer);
    }
}
