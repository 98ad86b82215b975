package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.Suggestion;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.lang.PhraseMatch;
import dk.replycoach.analysis.text.Sentence;
import dk.replycoach.analysis.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code no-but}: "men", "but", "however", "dog", "alligevel" in, or right after, a sentence that
 * acknowledges or apologises.
 *
 * <p>Why: step 2 of the model. "But" takes back the acknowledgement before it; the customer hears
 * only what follows. Pause instead: end the sentence and start a new one.
 *
 * <p>Bad (da): "Jeg forstår din frustration, men pakken er sendt."<br>
 * Good (da): "Jeg forstår din frustration. Pakken er sendt i dag."<br>
 * Bad (en): "I'm sorry about the delay, but we shipped it on time."<br>
 * Good (en): "I'm sorry about the delay. The parcel left our warehouse on Monday."
 *
 * <p>Not flagged: a contrast word with no acknowledgement before it, inside quoted text, or in
 * fixed expressions listed in the pack's ignore phrases ("not only … but also", "men også").
 */
public final class NoButRule extends Rule {
    public static final String ID = "no-but";

    public NoButRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "step 2: no \"but\"", false, List.of()));
    }

    /** Contrast words that undo an acknowledgement: in the same sentence after it, or opening the next one. */
    public static List<PhraseMatch> butsAfterAcknowledgement(AnalyzedReply reply) {
        List<PhraseMatch> out = new ArrayList<>();
        for (PhraseMatch but : reply.matches(PhraseCategory.BUT_WORDS)) {
            int si = reply.sentenceIndexOf(but.firstToken());
            if (si < 0) {
                continue;
            }
            Sentence s = reply.sentences().get(si);
            boolean sameSentence = acknowledgedBefore(reply, s, but.firstToken());
            boolean opensNext = but.firstToken() == s.firstToken() && si > 0
                    && AcknowledgeRule.isAcknowledging(reply, reply.sentences().get(si - 1));
            if (sameSentence || opensNext) {
                out.add(but);
            }
        }
        return out;
    }

    private static boolean acknowledgedBefore(AnalyzedReply reply, Sentence s, int tokenIndex) {
        for (PhraseCategory c : AcknowledgeRule.ACKNOWLEDGING) {
            for (PhraseMatch m : reply.matchesIn(c, s)) {
                if (m.endToken() <= tokenIndex) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        List<Finding> out = new ArrayList<>();
        for (PhraseMatch but : butsAfterAcknowledgement(reply)) {
            int start = reply.startOf(but);
            int end = reply.endOf(but);
            out.add(finding(reply, severity(reply), null, start, end, newSentence(reply, but), reply.excerpt(start, end)));
        }
        return out;
    }

    /** ", men pakken" becomes ". Pakken"; a sentence-opening "Men pakken" becomes "Pakken". */
    private static Suggestion newSentence(AnalyzedReply reply, PhraseMatch but) {
        List<Token> tokens = reply.tokens();
        if (but.endToken() >= tokens.size()) {
            return null;
        }
        Token next = tokens.get(but.endToken());
        if (reply.sentenceOf(but.endToken()) != reply.sentenceOf(but.firstToken())) {
            return null;
        }
        String text = reply.text();
        String capital = text.substring(next.start(), next.start() + 1).toUpperCase(java.util.Locale.ROOT);
        Sentence s = reply.sentenceOf(but.firstToken());
        if (but.firstToken() == s.firstToken()) {
            return Suggestion.replace(reply.startOf(but), next.start() + 1, capital);
        }
        int from = tokens.get(but.firstToken() - 1).end();
        String stop = reply.pack().suggestion("no-but.replace");
        return Suggestion.replace(from, next.start() + 1, (stop.isEmpty() ? "." : stop.strip()) + " " + capital);
    }
}
