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
 * {@code avoiding}: deflecting without action ("det kan vi ikke hjælpe med", "kontakt en anden
 * afdeling"), or promising a follow-up with no time ("we'll get back to you") when the reply
 * names no time anywhere.
 *
 * <p>Why: the avoiding conflict style side-steps the problem. A customer with a complaint needs
 * action now; being sent elsewhere or left waiting without a time makes it worse.
 *
 * <p>Bad (da): "Det kan vi ikke hjælpe med. Kontakt en anden afdeling."<br>
 * Good (da): "Jeg har sendt din sag til vores fakturering, og de ringer til dig i morgen."<br>
 * Bad (en): "We'll get back to you."<br>
 * Good (en): "I'll get back to you by 4 pm today."
 *
 * <p>Saying what the agent is doing ("we'll look into it", "vi undersøger sagen") is action and
 * not flagged; the follow-up phrases are those that leave the customer waiting to hear back. The
 * first deflection comes with a suggestion to replace its sentence by a concrete step the agent
 * takes; the first vague follow-up with a sentence that names a time.
 */
public final class AvoidingRule extends Rule {
    public static final String ID = "avoiding";

    public AvoidingRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "Thomas-Kilmann: avoiding", false, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        List<Finding> out = new ArrayList<>();
        boolean suggested = false;
        for (PhraseMatch m : reply.matches(PhraseCategory.AVOIDING)) {
            out.add(finding(reply, reply.startOf(m), reply.endOf(m), suggested ? null : replaceSentence(reply, m)));
            suggested = true;
        }
        if (!reply.has(PhraseCategory.TIME_COMMITMENT)) {
            suggested = false;
            for (PhraseMatch m : reply.matches(PhraseCategory.VAGUE_FOLLOWUP)) {
                Suggestion time = suggested ? null : insertAfterSentence(reply, m, "avoiding.time.insert");
                out.add(finding(reply, severity(reply), "vague", reply.startOf(m), reply.endOf(m), time));
                suggested = true;
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The deflecting sentence gives way to a step the agent takes themselves. */
    private static Suggestion replaceSentence(AnalyzedReply reply, PhraseMatch m) {
        Sentence s = reply.sentenceOf(m.firstToken());
        String step = reply.pack().suggestion("avoiding.insert");
        if (s == null || step.isEmpty()) {
            return null;
        }
        return Suggestion.replace(s.start(), s.end(), step);
    }

    private static Suggestion insertAfterSentence(AnalyzedReply reply, PhraseMatch m, String key) {
        Sentence s = reply.sentenceOf(m.firstToken());
        return s == null ? null : insertSentence(reply, key, s.end(), true);
    }
}
