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
import java.util.Locale;

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
 * <p>"Right after" means opening the next sentence, or among its first words, where Danish puts
 * its contrast adverbs ("Tak for din tålmodighed. Vi kan dog ikke ...").
 *
 * <p>Not flagged: a contrast word with no acknowledgement before it; one that turns against
 * information rather than the acknowledgement, because a dash, colon or semicolon ended the
 * acknowledging clause first ("Sorry for the confusion – all plans have ads, but you can skip
 * them"), or because a thanks formula was followed by a comma and other news ("Thanks for
 * reaching out, the settings apply site-wide, but ..."); a second contrast word after the first;
 * a contrast word that ends its sentence ("Sorry for the late reply though."), where there is no
 * pause to make; quoted text; and fixed expressions in the pack's ignore list ("ikke kun … men
 * også", "not only … but also").
 */
public final class NoButRule extends Rule {
    public static final String ID = "no-but";
    /** How far into the next sentence a contrast adverb still turns against the acknowledgement. */
    private static final int NEXT_SENTENCE_REACH = 3;

    public NoButRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "step 2: no \"but\"", false, List.of()));
    }

    /** Contrast words that undo an acknowledgement: in the same sentence after it, or early in the next one. */
    public static List<PhraseMatch> butsAfterAcknowledgement(AnalyzedReply reply) {
        List<PhraseMatch> out = new ArrayList<>();
        for (PhraseMatch but : reply.matches(PhraseCategory.BUT_WORDS)) {
            int si = reply.sentenceIndexOf(but.firstToken());
            if (si < 0) {
                continue;
            }
            Sentence s = reply.sentences().get(si);
            if (but.endToken() >= s.endToken()) {
                continue;
            }
            if (undoesAcknowledgementIn(reply, s, but.firstToken(), reply.startOf(but))) {
                out.add(but);
            } else if (si > 0 && !hasAcknowledgementBefore(reply, s, but.firstToken()) && nearStart(reply, s, but)
                    && undoesAcknowledgementIn(reply, reply.sentences().get(si - 1), s.firstToken(), s.start())) {
                out.add(but);
            }
        }
        return out;
    }

    /**
     * True when an acknowledgement in {@code s} before token {@code until} is still "open" there:
     * no contrast word has answered it yet, and no clause break separates it from {@code at}.
     */
    private static boolean undoesAcknowledgementIn(AnalyzedReply reply, Sentence s, int until, int at) {
        for (PhraseCategory c : AcknowledgeRule.ACKNOWLEDGING) {
            for (PhraseMatch ack : reply.matchesIn(c, s)) {
                if (ack.endToken() <= until && !contrastBetween(reply, ack.endToken(), until)
                        && !clauseBreak(reply.text(), reply.endOf(ack), at, c == PhraseCategory.THANKS)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasAcknowledgementBefore(AnalyzedReply reply, Sentence s, int tokenIndex) {
        for (PhraseCategory c : AcknowledgeRule.ACKNOWLEDGING) {
            for (PhraseMatch ack : reply.matchesIn(c, s)) {
                if (ack.endToken() <= tokenIndex) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contrastBetween(AnalyzedReply reply, int fromToken, int toToken) {
        for (PhraseMatch m : reply.matches(PhraseCategory.BUT_WORDS)) {
            if (m.firstToken() >= fromToken && m.firstToken() < toToken) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dash, colon or semicolon between the acknowledgement and the contrast ends the acknowledging
     * clause: what follows is information, and the contrast turns against that. After a thanks
     * formula a comma does the same ("Thanks for reaching out, the app ..."). Punctuation right
     * before the contrast word or at the end of the sentence is the pause itself and does not count.
     */
    static boolean clauseBreak(String text, int from, int to, boolean commaBreaks) {
        int end = to;
        while (end > from && (Character.isWhitespace(text.charAt(end - 1)) || ",.!?\u2026".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            boolean spacedHyphen = c == '-' && i > 0 && Character.isWhitespace(text.charAt(i - 1));
            if (c == ';' || c == ':' || c == '\u2013' || c == '\u2014' || spacedHyphen || commaBreaks && c == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * Opening the sentence, or one of its first words without a comma before it: "Men ...",
     * "However, ...", "Vi kan dog ikke ...", "We do, however, ..." (a comma on both sides).
     */
    private static boolean nearStart(AnalyzedReply reply, Sentence s, PhraseMatch but) {
        int offset = but.firstToken() - s.firstToken();
        if (offset == 0) {
            return true;
        }
        if (offset >= NEXT_SENTENCE_REACH) {
            return false;
        }
        String text = reply.text();
        boolean commaBefore = lastNonSpace(text, reply.startOf(but)) == ',';
        int after = reply.endOf(but);
        boolean commaAfter = after < text.length() && text.charAt(after) == ',';
        return !commaBefore || commaAfter;
    }

    private static char lastNonSpace(String text, int before) {
        int i = before - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 ? text.charAt(i) : 0;
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

    /**
     * ", men pakken" becomes ". Pakken"; a sentence-opening "Men pakken" becomes "Pakken"; an adverb
     * a few words into the next sentence ("Vi kan dog ikke") is simply left out.
     */
    private static Suggestion newSentence(AnalyzedReply reply, PhraseMatch but) {
        List<Token> tokens = reply.tokens();
        Sentence s = reply.sentenceOf(but.firstToken());
        if (but.endToken() >= s.endToken()) {
            return null;
        }
        Token next = tokens.get(but.endToken());
        String text = reply.text();
        String capital = text.substring(next.start(), next.start() + 1).toUpperCase(Locale.ROOT);
        if (but.firstToken() == s.firstToken()) {
            return Suggestion.replace(reply.startOf(but), next.start() + 1, capital);
        }
        int from = tokens.get(but.firstToken() - 1).end();
        if (!hasAcknowledgementBefore(reply, s, but.firstToken())) {
            // "Vi kan dog ikke" -> "Vi kan ikke"; "We do, however, offer" -> "We do offer".
            boolean commas = text.substring(from, reply.startOf(but)).indexOf(',') >= 0;
            return Suggestion.replace(from, reply.endOf(but) + (commas ? 1 : 0), "");
        }
        String stop = reply.pack().suggestion("no-but.replace");
        return Suggestion.replace(from, next.start() + 1, (stop.isEmpty() ? "." : stop.strip()) + " " + capital);
    }
}
