package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.CustomerReading;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.lang.PhraseMatch;
import dk.replycoach.analysis.text.Sentence;

import java.util.List;

/**
 * {@code ask-feelings}: the customer is angry and the reply does not invite them to say what they
 * need ("Hvad kan jeg gøre for at hjælpe dig?").
 *
 * <p>Why: an angry customer often talks about the feeling, not the core of the problem. Asking
 * what would help gives them room to say what they expect, and turns anger into a request.
 *
 * <p>Customer: "Det er tredje gang, det sker!!" Bad (da): "Din sag er registreret."<br>
 * Good (da): "Din sag er registreret. Hvad kan jeg gøre for at hjælpe dig?"<br>
 * Customer: "This is ridiculous!" Bad (en): "Your ticket has been logged."<br>
 * Good (en): "Your ticket has been logged. What can I do to make this right?"
 *
 * <p>An invitation that starts with a question word only counts as a question: "I'm sorry about
 * what happened." tells, "What happened?" asks. Requests without one ("Fortæl mig gerne, hvad du
 * har brug for", "Let me know what would help") count as they are. The suggestion adds the pack's
 * question at the end. Needs the customer's message; without it the rule does not run.
 */
public final class AskFeelingsRule extends Rule {
    public static final String ID = "ask-feelings";

    public AskFeelingsRule() {
        super(new RuleDescriptor(ID, Severity.INFO, "LiveAgent: ask about the anger", true, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        boolean angry = reply.customer().map(CustomerReading::angry).orElse(false);
        if (!angry || reply.isEmpty() || invites(reply)) {
            return List.of();
        }
        List<Sentence> sentences = reply.sentences();
        Sentence last = sentences.get(sentences.size() - 1);
        return List.of(finding(reply, last.start(), last.end(),
                insertSentence(reply, "ask-feelings.insert", last.end(), true)));
    }

    private static boolean invites(AnalyzedReply reply) {
        for (PhraseMatch m : reply.matches(PhraseCategory.INVITE_NEEDS)) {
            Sentence s = reply.sentenceOf(m.firstToken());
            if (s != null && (s.isQuestion() || !startsWithQuestionWord(reply, m))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithQuestionWord(AnalyzedReply reply, PhraseMatch m) {
        for (PhraseMatch q : reply.matches(PhraseCategory.OPEN_QUESTION)) {
            // A lone hv-/wh-word ("what", "hvad"); multi-word prompts ("let me know what") are requests.
            if (q.firstToken() == m.firstToken() && q.length() == 1) {
                return true;
            }
        }
        return false;
    }
}
