package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.lang.PhraseMatch;
import dk.replycoach.analysis.text.Sentence;

import java.util.List;

/**
 * {@code ownership-plan}: the reply makes no first-person commitment to a next step ("jeg sørger
 * for", "jeg vender tilbage i morgen", "I will ...").
 *
 * <p>Why: the agent is the face of the company. Even when someone else caused the problem, the
 * customer needs to hear who does what next; a plan calms more than any explanation.
 *
 * <p>Bad (da): "Tak for din besked om fejlen på din router. Sagen er sendt videre til teknikerne."<br>
 * Good (da): "Jeg har sendt sagen til teknikerne og ringer til dig i morgen formiddag."<br>
 * Bad (en): "Thanks for letting us know about the error on your router. The issue has been forwarded."<br>
 * Good (en): "I have passed this to our engineers and I'll update you by 3 pm."
 *
 * <p>Very short replies (under {@code minWords} words, e.g. "Tak, det lyder godt!") are left alone.
 * Work under way counts as a commitment ("Lad mig tjekke det", "We're looking into it"); a
 * negated promise ("I will not refund ...") and phrases that are part of a policy wall, a rebuke
 * or a deflection do not.
 */
public final class OwnershipPlanRule extends Rule {
    public static final String ID = "ownership-plan";

    public OwnershipPlanRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "LiveAgent: ownership and a plan", false, List.of(
                new RuleParameter("minWords", 12, 0, 1000))));
    }

    /**
     * True when an ownership phrase is a real commitment: not negated ("I will not refund") and not
     * part of a policy wall, a rebuke or a deflection ("we will not tolerate").
     */
    static boolean commits(AnalyzedReply reply) {
        for (PhraseMatch m : reply.matches(PhraseCategory.OWNERSHIP)) {
            if (!negatedAfter(reply, m) && !overlapsAny(reply, m, PhraseCategory.COMPETING, PhraseCategory.REBUKE,
                    PhraseCategory.AVOIDING)) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedAfter(AnalyzedReply reply, PhraseMatch m) {
        for (PhraseMatch n : reply.matches(PhraseCategory.NEGATION)) {
            if (n.firstToken() == m.endToken() || n.firstToken() >= m.firstToken() && n.firstToken() < m.endToken()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(AnalyzedReply reply, PhraseMatch m, PhraseCategory... categories) {
        for (PhraseCategory c : categories) {
            for (PhraseMatch other : reply.matches(c)) {
                if (other.overlaps(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        if (reply.isEmpty() || reply.stats().words() < parameter(reply, "minWords") || commits(reply)) {
            return List.of();
        }
        List<Sentence> sentences = reply.sentences();
        Sentence last = sentences.get(sentences.size() - 1);
        // The plan goes before a closing question, else at the end.
        int at = last.isQuestion() ? last.start() : last.end();
        return List.of(finding(reply, last.start(), last.end(),
                insertSentence(reply, "ownership-plan.insert", at, !last.isQuestion())));
    }
}
