package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.Suggestion;
import dk.replycoach.analysis.text.Sentence;
import dk.replycoach.analysis.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code shouting}: words in capitals (not acronyms such as VPN, GDPR or DM) and runs of two or
 * more exclamation marks.
 *
 * <p>Why: in writing, tone is all the customer has. Capitals read as shouting and "!!" as
 * irritation, whatever was meant.
 *
 * <p>Bad (da): "Du skal IKKE genstarte routeren!!"<br>
 * Good (da): "Lad være med at genstarte routeren, så den kan nå at opdatere."<br>
 * Bad (en): "Please do NOT reply to this email!!"<br>
 * Good (en): "Replies to this address are not read; the form below reaches us directly."
 *
 * <p>A capital word counts as shouting when it is a common word of the language, five letters or
 * longer, or next to another capital word, and is not in the pack's acronym list. Quoted words
 * ("the error says “ACCESS DENIED”"), initials signing the reply and codes are not the agent's
 * tone (see {@link Shouting}). One "!" is fine. The suggestion is the same words in normal case,
 * or a single "!".
 */
public final class ShoutingRule extends Rule {
    public static final String ID = "shouting";

    public ShoutingRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "tone", false, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        List<Finding> out = new ArrayList<>();
        for (int[] run : Shouting.capitalRuns(reply.cleaned().content(), reply.tokens(), reply.pack())) {
            Token first = reply.tokens().get(run[0]);
            Token last = reply.tokens().get(run[1] - 1);
            out.add(finding(reply, severity(reply), "capitals", first.start(), last.end(),
                    Suggestion.replace(first.start(), last.end(), normalCase(reply, run[0], first.start(), last.end()))));
        }
        for (int[] run : Shouting.exclamationRuns(reply.cleaned().content())) {
            out.add(finding(reply, severity(reply), "exclamations", run[0], run[1],
                    Suggestion.replace(run[0], run[1], "!")));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Lower case, but a run that opens a sentence keeps its first capital ("PLEASE READ" → "Please read"). */
    private static String normalCase(AnalyzedReply reply, int firstToken, int start, int end) {
        String lower = reply.excerpt(start, end).toLowerCase(Locale.ROOT);
        Sentence sentence = reply.sentenceOf(firstToken);
        if (sentence == null || sentence.firstToken() != firstToken) {
            return lower;
        }
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
