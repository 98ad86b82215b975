package dk.replycoach.analysis.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language from function words (each language pack's stop-word list) plus the letters
 * æ, ø and å, which only Danish (among our languages) uses. Short replies often give little
 * evidence; without any, the configured default language is taken.
 */
public final class LanguageGuesser {
    private final Map<String, Set<String>> stopWords;
    private final String defaultLanguage;

    public LanguageGuesser(Map<String, Set<String>> stopWordsByLanguage, String defaultLanguage) {
        this.stopWords = new LinkedHashMap<>(stopWordsByLanguage);
        this.defaultLanguage = defaultLanguage;
    }

    public LanguageGuess guess(List<Token> tokens) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        int total = 0;
        for (Token t : tokens) {
            if (!t.type().isWordLike()) {
                continue;
            }
            for (Map.Entry<String, Set<String>> e : stopWords.entrySet()) {
                int vote = e.getValue().contains(t.key()) ? 1 : 0;
                if ("da".equals(e.getKey()) && hasDanishLetter(t.key())) {
                    vote++;
                }
                if (vote > 0) {
                    votes.merge(e.getKey(), vote, Integer::sum);
                    total += vote;
                }
            }
        }
        String best = null;
        int bestVotes = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        if (best == null) {
            return new LanguageGuess(defaultLanguage, 0, true);
        }
        double share = (double) bestVotes / total;
        double evidence = Math.min(1.0, total / 6.0);
        return new LanguageGuess(best, Math.round(share * evidence * 100) / 100.0, false);
    }

    private static boolean hasDanishLetter(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'æ' || c == 'ø' || c == 'å') {
                return true;
            }
        }
        return false;
    }
}
