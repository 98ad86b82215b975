package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.CustomerReading;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;

import java.util.List;

/**
 * {@code abuse-mirroring}: the customer's message is abusive (insults or swearing) and the reply
 * answers the abuse (rebukes the customer, lectures about tone or swearing, threatens to end the
 * talk, defends itself) instead of ignoring it. Blocks by default. Insults back are caught by
 * {@code profanity} whatever the customer wrote.
 *
 * <p>Why: answering abuse feeds it. Ignored, the anger burns out and the customer gets time to
 * reflect; rebuked, they escalate. Answer the problem, not the insult.
 *
 * <p>Customer: "I er nogle idioter!" Bad (da): "Tal ordentligt, ellers lukker jeg sagen."<br>
 * Good (da): "Jeg kan se, at du er meget utilfreds. Jeg har fundet din ordre og sender den i dag."<br>
 * Customer: "You people are useless!" Bad (en): "There is no need to be rude."<br>
 * Good (en): "I can see this has been really frustrating. I've found your order and it ships today."
 *
 * <p>Needs the customer's message; without it the rule does not run.
 */
public final class AbuseMirroringRule extends Rule {
    public static final String ID = "abuse-mirroring";

    public AbuseMirroringRule() {
        super(new RuleDescriptor(ID, Severity.BLOCK, "LiveAgent: ignore abuse", true, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        if (!reply.customer().map(CustomerReading::abusive).orElse(false)) {
            return List.of();
        }
        return findingPerMatch(reply, PhraseCategory.REBUKE);
    }
}
