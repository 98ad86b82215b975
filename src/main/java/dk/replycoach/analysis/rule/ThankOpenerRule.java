package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.text.Sentence;

import java.util.List;

/**
 * {@code thank-opener}: the reply does not open with thanks ("Tak fordi du kontaktede os").
 *
 * <p>Why: thanking the customer first is one of the best openers there is: however frustrated
 * they are, starting on something positive makes them feel valued. A hint, not a fault.
 *
 * <p>Bad (da): "Din ordre er på vej."<br>
 * Good (da): "Tak fordi du kontaktede os. Din ordre er på vej."<br>
 * Bad (en): "Your order is on its way."<br>
 * Good (en): "Thanks for reaching out. Your order is on its way."
 *
 * <p>The opener is the first sentence after any greeting line ("Hej Ole,"). Answering the
 * customer's own thanks ("Selv tak", "You're welcome") counts; answers that merely contain the
 * word ("Nej tak", "We'd appreciate it if ...") do not. The suggestion inserts the pack's thanks
 * sentence before the opener.
 */
public final class ThankOpenerRule extends Rule {
    public static final String ID = "thank-opener";

    public ThankOpenerRule() {
        super(new RuleDescriptor(ID, Severity.INFO, "LiveAgent: empathy statements", false, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        if (reply.isEmpty()) {
            return List.of();
        }
        Sentence first = reply.sentences().get(0);
        if (reply.hasIn(PhraseCategory.THANKS, first)) {
            return List.of();
        }
        return List.of(finding(reply, first.start(), first.end(),
                insertSentence(reply, "thank-opener.insert", first.start(), false)));
    }
}
