package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.text.Sentence;

import java.util.List;

/**
 * {@code acknowledge}: the reply does not acknowledge the customer (acknowledgement, thanks,
 * empathy or an apology) in its first two sentences.
 *
 * <p>Why: step 1 of the de-escalation model. A customer who feels heard calms down; one who gets
 * facts first keeps arguing to be heard.
 *
 * <p>Bad (da): "Pakken blev sendt mandag. Den er fremme i morgen."<br>
 * Good (da): "Jeg kan godt forstå, at du venter på pakken. Den er fremme i morgen."<br>
 * Bad (en): "Your refund was issued on Monday."<br>
 * Good (en): "I understand you've been waiting for this. Your refund was issued on Monday."
 */
public final class AcknowledgeRule extends Rule {
    public static final String ID = "acknowledge";
    static final List<PhraseCategory> ACKNOWLEDGING = List.of(PhraseCategory.ACKNOWLEDGE, PhraseCategory.THANKS,
            PhraseCategory.EMPATHY, PhraseCategory.APOLOGY);

    public AcknowledgeRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "step 1: acknowledge", false, List.of()));
    }

    /** True when one of the first two sentences acknowledges the customer (or there is no content). */
    public static boolean acknowledges(AnalyzedReply reply) {
        List<Sentence> sentences = reply.sentences();
        for (int i = 0; i < Math.min(2, sentences.size()); i++) {
            if (isAcknowledging(reply, sentences.get(i))) {
                return true;
            }
        }
        return sentences.isEmpty();
    }

    static boolean isAcknowledging(AnalyzedReply reply, Sentence sentence) {
        for (PhraseCategory c : ACKNOWLEDGING) {
            if (reply.hasIn(c, sentence)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        if (acknowledges(reply)) {
            return List.of();
        }
        Sentence first = reply.sentences().get(0);
        return List.of(finding(reply, first.start(), first.end(),
                insertSentence(reply, "acknowledge.insert", first.start(), false)));
    }
}
