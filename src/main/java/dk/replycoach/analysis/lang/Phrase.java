package dk.replycoach.analysis.lang;

import dk.replycoach.analysis.text.MatchKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of a phrase list, split into token patterns. A pattern is an exact word, a stem with a
 * trailing {@code *} (any ending), or a lone {@code *} (any one word).
 */
public final class Phrase {
    /** The longest phrase, in tokens, that a list may hold; keeps matching bounded. */
    public static final int MAX_TOKENS = 12;

    private final String text;
    private final List<String> patterns;

    private Phrase(String text, List<String> patterns) {
        this.text = text;
        this.patterns = List.copyOf(patterns);
    }

    public String text() {
        return text;
    }

    public List<String> patterns() {
        return patterns;
    }

    /**
     * Parses a phrase the way the tokenizer sees text: punctuation between words is dropped,
     * apostrophes and hyphens inside words are kept.
     *
     * @return null for blank lines and comments
     * @throws IllegalArgumentException when the phrase has no word or too many words
     */
    public static Phrase parse(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        List<String> patterns = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= trimmed.length(); i++) {
            char c = i < trimmed.length() ? trimmed.charAt(i) : ' ';
            boolean inner = (c == '\'' || c == '\u2019' || c == '-') && cur.length() > 0
                    && i + 1 < trimmed.length() && Character.isLetterOrDigit(trimmed.charAt(i + 1));
            boolean dotInAbbreviation = c == '.' && cur.length() > 0 && i + 1 < trimmed.length()
                    && Character.isLetter(trimmed.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner || dotInAbbreviation) {
                cur.append(c);
            } else if (c == '*') {
                cur.append('*');
                flush(cur, patterns);
            } else {
                flush(cur, patterns);
            }
        }
        if (patterns.isEmpty() || patterns.stream().allMatch("*"::equals)) {
            throw new IllegalArgumentException("phrase has no word: '" + line + "'");
        }
        if (patterns.size() > MAX_TOKENS) {
            throw new IllegalArgumentException("phrase has more than " + MAX_TOKENS + " words: '" + line + "'");
        }
        return new Phrase(String.join(" ", patterns), patterns);
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            String p = cur.toString();
            boolean wildcard = p.endsWith("*");
            String word = wildcard ? p.substring(0, p.length() - 1) : p;
            out.add(MatchKey.of(word.toLowerCase(Locale.ROOT)) + (wildcard ? "*" : ""));
            cur.setLength(0);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
