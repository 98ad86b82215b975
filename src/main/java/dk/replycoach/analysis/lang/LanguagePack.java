package dk.replycoach.analysis.lang;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Everything the engine knows about one language, all of it data from {@code lang/<code>/}: the
 * phrase lists, function words (language guessing), abbreviations (sentence splitting), acronyms
 * (not shouting) and the sentences the engine suggests inserting.
 */
public final class LanguagePack {
    private final String code;
    private final Map<PhraseCategory, List<Phrase>> phrases;
    private final Set<String> stopWords;
    private final Set<String> abbreviations;
    private final Set<String> acronyms;
    private final Properties suggestions;
    private final List<Phrase> ignored;

    public LanguagePack(String code, Map<PhraseCategory, List<Phrase>> phrases, List<Phrase> ignored,
                        Set<String> stopWords, Set<String> abbreviations, Set<String> acronyms, Properties suggestions) {
        this.code = code;
        EnumMap<PhraseCategory, List<Phrase>> copy = new EnumMap<>(PhraseCategory.class);
        phrases.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.phrases = Collections.unmodifiableMap(copy);
        this.stopWords = Set.copyOf(stopWords);
        this.abbreviations = Set.copyOf(abbreviations);
        this.acronyms = Set.copyOf(acronyms);
        this.suggestions = new Properties();
        this.suggestions.putAll(suggestions);
        this.ignored = List.copyOf(ignored);
    }

    /**
     * Fixed expressions whose words are not cues ("men også", "not only … but also"): any match
     * inside one is dropped. From {@code ignore.txt}.
     */
    public List<Phrase> ignored() {
        return ignored;
    }

    public String code() {
        return code;
    }

    public List<Phrase> phrases(PhraseCategory category) {
        return phrases.getOrDefault(category, List.of());
    }

    public int phraseCount() {
        return phrases.values().stream().mapToInt(List::size).sum() + ignored.size();
    }

    public Set<String> stopWords() {
        return stopWords;
    }

    public Set<String> abbreviations() {
        return abbreviations;
    }

    public Set<String> acronyms() {
        return acronyms;
    }

    /** A sentence to suggest in this language, e.g. {@code thank-opener.insert}; empty when the pack has none. */
    public String suggestion(String key) {
        return suggestions.getProperty(key, "").strip();
    }
}
