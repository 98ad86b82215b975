package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.lang.PhraseMatch;
import dk.replycoach.analysis.text.Sentence;

import java.util.ArrayList;
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
 *
 * <p>Not flagged: a blame phrase that is denied ("Det er ikke en brugerfejl", "This isn't user
 * error"): a negation at most two words before it in the same sentence turns it into reassurance.
 */
public final class BlameCustomerRule extends Rule {
    public static final String ID = "blame-customer";

    public BlameCustomerRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "LiveAgent: no self-defence", false, List.of()));
    }

    /** How many words before a blame phrase a negation still denies it ("not a user error"). */
    private static final int NEGATION_REACH = 2;

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        List<Finding> out = new ArrayList<>();
        for (PhraseMatch m : reply.matches(PhraseCategory.BLAME)) {
            if (!denied(reply, m)) {
                out.add(finding(reply, reply.startOf(m), reply.endOf(m), null));
            }
        }
        return out;
    }

    private static boolean denied(AnalyzedReply reply, PhraseMatch blame) {
        Sentence s = reply.sentenceOf(blame.firstToken());
        for (PhraseMatch n : reply.matches(PhraseCategory.NEGATION)) {
            if (n.endToken() <= blame.firstToken() && n.endToken() >= blame.firstToken() - NEGATION_REACH
                    && s != null && s.containsToken(n.firstToken())) {
                return true;
            }
        }
        return false;
    }
}
