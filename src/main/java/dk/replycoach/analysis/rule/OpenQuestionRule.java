package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.text.Sentence;

import java.util.List;

/**
 * {@code open-question}: the reply does not end (before the sign-off) with an open question, one
 * that starts with or holds a hv-/wh-word. A closed yes/no question at the end gets a softer
 * {@code info}: it is polite, but it invites a "no".
 *
 * <p>Why: step 4 of the model. An open question hands the word back to the customer and turns the
 * conflict into a dialogue about a solution.
 *
 * <p>Bad (da): "Pakken er sendt i dag."<br>
 * Good (da): "Pakken er sendt i dag. Hvordan passer det dig at modtage den?"<br>
 * Bad (en): "Your account is unlocked."<br>
 * Good (en): "Your account is unlocked. What else would help you get going again?"
 *
 * <p>The question may be one of the last two sentences ("Hvad siger du til det? Jeg glæder mig
 * til at høre fra dig."), since a friendly closing line after it does not close the dialogue.
 */
public final class OpenQuestionRule extends Rule {
    public static final String ID = "open-question";
    private static final int LAST_SENTENCES = 2;

    public OpenQuestionRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "step 4: open question", false, List.of()));
    }

    /** True when one of the last two sentences is an open question (or there is no content). */
    public static boolean endsWithOpenQuestion(AnalyzedReply reply) {
        return reply.isEmpty() || lastQuestion(reply, true) != null;
    }

    private static Sentence lastQuestion(AnalyzedReply reply, boolean open) {
        List<Sentence> sentences = reply.sentences();
        for (int i = sentences.size() - 1; i >= Math.max(0, sentences.size() - LAST_SENTENCES); i--) {
            Sentence s = sentences.get(i);
            if (s.isQuestion() && (!open || isOpen(reply, s))) {
                return s;
            }
        }
        return null;
    }

    private static boolean isOpen(AnalyzedReply reply, Sentence s) {
        return reply.hasIn(PhraseCategory.OPEN_QUESTION, s) || reply.hasIn(PhraseCategory.INVITE_NEEDS, s);
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        if (endsWithOpenQuestion(reply)) {
            return List.of();
        }
        Sentence closed = lastQuestion(reply, false);
        if (closed != null) {
            return List.of(finding(reply, Severity.min(severity(reply), Severity.INFO), "closed",
                    closed.start(), closed.end(), null));
        }
        List<Sentence> sentences = reply.sentences();
        Sentence last = sentences.get(sentences.size() - 1);
        return List.of(finding(reply, last.start(), last.end(),
                insertSentence(reply, "open-question.insert", last.end(), true)));
    }
}
