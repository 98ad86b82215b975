package dk.replycoach.analysis;

import dk.replycoach.analysis.lang.LanguagePack;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.lang.PhraseMatch;
import dk.replycoach.analysis.text.CleanedReply;
import dk.replycoach.analysis.text.Sentence;
import dk.replycoach.analysis.text.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reply after cleaning, segmentation, language detection and phrase matching: everything a rule
 * reads. All offsets point into the original text.
 */
public final class AnalyzedReply {
    private final CleanedReply cleaned;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final LanguagePack pack;
    private final double languageConfidence;
    private final Map<PhraseCategory, List<PhraseMatch>> matches;
    private final CustomerReading customer;
    private final RuleSettings settings;
    private final Messages messages;
    private final ReplyStats stats;
    /** For each token, the index of its sentence, or -1: rules ask this often. */
    private final int[] sentenceOfToken;

    public AnalyzedReply(CleanedReply cleaned, List<Token> tokens, List<Sentence> sentences, LanguagePack pack,
                         double languageConfidence, List<PhraseMatch> allMatches, CustomerReading customer,
                         RuleSettings settings, Messages messages, ReplyStats stats) {
        this.cleaned = cleaned;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.pack = pack;
        this.languageConfidence = languageConfidence;
        this.matches = byCategory(allMatches);
        this.customer = customer;
        this.settings = settings;
        this.messages = messages;
        this.stats = stats;
        this.sentenceOfToken = new int[this.tokens.size()];
        java.util.Arrays.fill(sentenceOfToken, -1);
        for (int si = 0; si < this.sentences.size(); si++) {
            Sentence sentence = this.sentences.get(si);
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                sentenceOfToken[t] = si;
            }
        }
    }

    /**
     * Per category, the leftmost-longest matches that do not overlap each other, in text order:
     * "jeg beklager" wins over "beklager" inside it.
     */
    static Map<PhraseCategory, List<PhraseMatch>> byCategory(List<PhraseMatch> all) {
        Map<PhraseCategory, List<PhraseMatch>> grouped = new EnumMap<>(PhraseCategory.class);
        for (PhraseMatch m : all) {
            grouped.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m);
        }
        Map<PhraseCategory, List<PhraseMatch>> result = new EnumMap<>(PhraseCategory.class);
        grouped.forEach((category, list) -> {
            list.sort(Comparator.comparingInt(PhraseMatch::firstToken).thenComparing(Comparator.comparingInt(PhraseMatch::length).reversed()));
            List<PhraseMatch> kept = new ArrayList<>();
            int end = -1;
            for (PhraseMatch m : list) {
                if (m.firstToken() >= end) {
                    kept.add(m);
                    end = m.endToken();
                }
            }
            result.put(category, Collections.unmodifiableList(kept));
        });
        return Collections.unmodifiableMap(result);
    }

    public String text() {
        return cleaned.original();
    }

    public CleanedReply cleaned() {
        return cleaned;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public String language() {
        return pack.code();
    }

    public double languageConfidence() {
        return languageConfidence;
    }

    public LanguagePack pack() {
        return pack;
    }

    public List<PhraseMatch> matches(PhraseCategory category) {
        return matches.getOrDefault(category, List.of());
    }

    public boolean has(PhraseCategory category) {
        return !matches(category).isEmpty();
    }

    /** Matches of a category that start inside the sentence. */
    public List<PhraseMatch> matchesIn(PhraseCategory category, Sentence sentence) {
        List<PhraseMatch> out = new ArrayList<>(2);
        for (PhraseMatch m : matches(category)) {
            if (sentence.containsToken(m.firstToken())) {
                out.add(m);
            }
        }
        return out;
    }

    public boolean hasIn(PhraseCategory category, Sentence sentence) {
        for (PhraseMatch m : matches(category)) {
            if (sentence.containsToken(m.firstToken())) {
                return true;
            }
        }
        return false;
    }

    public int startOf(PhraseMatch m) {
        return tokens.get(m.firstToken()).start();
    }

    public int endOf(PhraseMatch m) {
        return tokens.get(m.endToken() - 1).end();
    }

    /** The sentence holding a token, or null. */
    public Sentence sentenceOf(int tokenIndex) {
        int i = sentenceIndexOf(tokenIndex);
        return i < 0 ? null : sentences.get(i);
    }

    public int sentenceIndexOf(int tokenIndex) {
        return tokenIndex < 0 || tokenIndex >= sentenceOfToken.length ? -1 : sentenceOfToken[tokenIndex];
    }

    public boolean isEmpty() {
        return sentences.isEmpty();
    }

    /** Where the agent's own words begin (after any greeting), or 0 when there are none. */
    public int contentStart() {
        return sentences.isEmpty() ? 0 : sentences.get(0).start();
    }

    /** Where the agent's own words end (before any sign-off). */
    public int contentEnd() {
        return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).end();
    }

    public Optional<CustomerReading> customer() {
        return Optional.ofNullable(customer);
    }

    public RuleSettings settings() {
        return settings;
    }

    /** Texts in the agent's UI language (not necessarily the reply's language). */
    public Messages messages() {
        return messages;
    }

    public ReplyStats stats() {
        return stats;
    }

    public String excerpt(int start, int end) {
        return cleaned.original().substring(start, end);
    }
}
