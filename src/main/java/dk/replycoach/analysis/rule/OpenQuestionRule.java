package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.lang.PhraseMatch;
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
 * til at høre fra dig."), since a friendly closing line after it does not close the dialogue;
 * closing formulas that are only thanks or a sign-off ("Thanks!", "God weekend!") are not counted
 * at all. An open prompt that opens its sentence counts without a question mark ("Fortæl mig
 * gerne, hvad der skete.", "Let us know how it goes!"): a lone hv-/wh-word does not, since
 * "Hvor er det ærgerligt." is no question.
 */
public final class OpenQuestionRule extends Rule {
    public static final String ID = "open-question";
    private static final int LAST_SENTENCES = 2;
    /** A prompt may follow one word such as "please" or "så" and still open its sentence. */
    private static final int PROMPT_REACH = 2;

    public OpenQuestionRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "step 4: open question", false, List.of()));
    }

    /** True when one of the last two sentences is an open question (or there is no content). */
    public static boolean endsWithOpenQuestion(AnalyzedReply reply) {
        return reply.isEmpty() || lastQuestion(reply, true) != null;
    }

    private static Sentence lastQuestion(AnalyzedReply reply, boolean open) {
        List<Sentence> sentences = reply.sentences();
        int last = lastContentSentence(reply);
        for (int i = last; i >= Math.max(0, last - LAST_SENTENCES + 1); i--) {
            Sentence s = sentences.get(i);
            if (open ? isOpen(reply, s) : s.isQuestion()) {
                return s;
            }
        }
        return null;
    }

    /** The last sentence that is more than a closing formula ("Thanks!", "Cheers"). */
    private static int lastContentSentence(AnalyzedReply reply) {
        List<Sentence> sentences = reply.sentences();
        int i = sentences.size() - 1;
        while (i > 0 && isClosingFormula(reply, sentences.get(i))) {
            i--;
        }
        return i;
    }

    private static boolean isClosingFormula(AnalyzedReply reply, Sentence s) {
        int covered = s.firstToken();
        for (PhraseCategory c : List.of(PhraseCategory.THANKS, PhraseCategory.SIGN_OFF)) {
            for (PhraseMatch m : reply.matchesIn(c, s)) {
                if (m.firstToken() <= covered) {
                    covered = Math.max(covered, m.endToken());
                }
            }
        }
        return covered >= s.endToken();
    }

    private static boolean isOpen(AnalyzedReply reply, Sentence s) {
        for (PhraseCategory c : List.of(PhraseCategory.OPEN_QUESTION, PhraseCategory.INVITE_NEEDS)) {
            for (PhraseMatch m : reply.matchesIn(c, s)) {
                if (s.isQuestion() || m.length() > 1 && m.firstToken() - s.firstToken() < PROMPT_REACH) {
                    return true;
                }
            }
        }
        return false;
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
        Sentence last = reply.sentences().get(lastContentSentence(reply));
        return List.of(finding(reply, last.start(), last.end(),
                insertSentence(reply, "open-question.insert", last.end(), true)));
    }
}
