package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyStats;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.text.Sentence;
import dk.replycoach.analysis.text.Token;
import dk.replycoach.analysis.text.TokenType;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code brief-information}: the reply over-informs: too many words, long sentences on average, or
 * heavy to read (LIX for Danish, Flesch–Kincaid grade for English).
 *
 * <p>Why: step 3 of the model. Short, relevant information tells the customer why it happened and
 * where things stand; a long explanation in the middle of a conflict provokes.
 *
 * <p>Bad (da): four paragraphs on how the warehouse receives, picks and packs goods before the one
 * sentence the customer needs ("Din pakke er hos dig på torsdag").<br>
 * Good (da): "Pakken er forsinket hos fragtfirmaet og er hos dig torsdag."<br>
 * Bad (en): a 137-word account of how the billing system runs every night, ending with "your card was
 * charged twice".<br>
 * Good (en): "The charge was a duplicate; I've refunded it today."
 *
 * <p>Long sentences are judged by the average: a short thank-you sentence before one long
 * sentence can bring it under the limit, as the design's "avg > 20 words" intends.
 *
 * <p>Readability figures are only judged from {@code minWordsForReadability} words up; they mean
 * little for a two-line reply.
 */
public final class BriefInformationRule extends Rule {
    public static final String ID = "brief-information";

    public BriefInformationRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "step 3: short, relevant information", false, List.of(
                new RuleParameter("maxWords", 120, 10, 5000),
                new RuleParameter("maxAverageSentenceWords", 20, 5, 200),
                new RuleParameter("maxLix", 45, 10, 100),
                new RuleParameter("maxGradeLevel", 12, 1, 30),
                new RuleParameter("minWordsForReadability", 30, 0, 5000))));
    }

    /** True when the reply stays within every limit. */
    public static boolean withinLimits(AnalyzedReply reply) {
        return new BriefInformationRule().check(reply).isEmpty();
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        List<Finding> out = new ArrayList<>();
        if (reply.isEmpty()) {
            return out;
        }
        ReplyStats stats = reply.stats();
        Severity severity = severity(reply);
        int maxWords = (int) parameter(reply, "maxWords");
        if (stats.words() > maxWords) {
            int from = wordStart(reply, maxWords);
            // Words after the last sentence (a closing line with only a number) count too: the span reaches them.
            List<Token> tokens = reply.tokens();
            int end = Math.max(reply.contentEnd(), tokens.get(tokens.size() - 1).end());
            out.add(finding(reply, severity, "words", from, end, null, stats.words(), maxWords));
        }
        double maxAvg = parameter(reply, "maxAverageSentenceWords");
        Sentence longest = longestSentence(reply);
        if (stats.averageSentenceWords() > maxAvg && longest.wordCount() > maxAvg) {
            out.add(finding(reply, severity, "sentences", longest.start(), longest.end(), null,
                    Math.round(stats.averageSentenceWords()), (int) maxAvg));
        } else if (stats.words() >= parameter(reply, "minWordsForReadability")) {
            Finding readability = readability(reply, severity, longest);
            if (readability != null) {
                out.add(readability);
            }
        }
        return out;
    }

    private Finding readability(AnalyzedReply reply, Severity severity, Sentence longest) {
        ReplyStats stats = reply.stats();
        if ("en".equals(reply.language())) {
            double max = parameter(reply, "maxGradeLevel");
            if (stats.gradeLevel() > max) {
                return finding(reply, severity, "grade", longest.start(), longest.end(), null,
                        Math.round(stats.gradeLevel()), (int) max);
            }
        } else {
            double max = parameter(reply, "maxLix");
            if (stats.lix() > max) {
                return finding(reply, severity, "lix", longest.start(), longest.end(), null,
                        Math.round(stats.lix()), (int) max);
            }
        }
        return null;
    }

    private static Sentence longestSentence(AnalyzedReply reply) {
        Sentence longest = reply.sentences().get(0);
        for (Sentence s : reply.sentences()) {
            if (s.wordCount() > longest.wordCount()) {
                longest = s;
            }
        }
        return longest;
    }

    /** Offset of the word after which the reply passes the limit. */
    private static int wordStart(AnalyzedReply reply, int maxWords) {
        int words = 0;
        for (Token t : reply.tokens()) {
            if (t.type() != TokenType.URL && ++words > maxWords) {
                return t.start();
            }
        }
        return reply.contentStart();
    }
}
