package dk.replycoach.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into tokens with offsets. URLs, e-mail addresses, @handles, ticket keys (ABC-123),
 * numbers (1.000,50 or 12:30) and known abbreviations (f.eks., e.g.) are single tokens, so their
 * dots never end a sentence. One pass, no regular expressions, so no input can make it backtrack.
 */
public final class Tokenizer {
    private final Set<String> abbreviations;
    private final int longestAbbreviation;

    /** @param abbreviations lower-case abbreviations with their dots ("f.eks.", "e.g.") */
    public Tokenizer(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.longestAbbreviation = abbreviations.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * @param text   the masked text (same length as the original)
     * @param quoted for each offset, whether it lies inside quotation marks; may be null
     */
    public List<Token> tokenize(CharSequence text, boolean[] quoted) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            TokenType type;
            if ((end = url(text, i)) > i) {
                type = TokenType.URL;
            } else if (c == '@' && (end = handle(text, i)) > i) {
                type = TokenType.HANDLE;
            } else if (isWordChar(c)) {
                int wordEnd = word(text, i);
                int emailEnd = email(text, i, wordEnd);
                if (emailEnd > wordEnd) {
                    end = emailEnd;
                    type = TokenType.EMAIL;
                } else if ((end = ticketKey(text, i, wordEnd)) > i) {
                    type = TokenType.TICKET_KEY;
                } else if (Character.isDigit(c) && (end = number(text, i)) > i) {
                    type = TokenType.NUMBER;
                } else if ((end = abbreviation(text, i, wordEnd)) > wordEnd) {
                    type = TokenType.ABBREVIATION;
                } else {
                    end = wordEnd;
                    type = TokenType.WORD;
                }
            } else {
                i++;
                continue;
            }
            boolean isQuoted = quoted != null && quoted[i];
            // An abbreviation's key drops its final dot, as phrase lists do ("kl. 10" matches "kl *").
            int keyEnd = type == TokenType.ABBREVIATION ? end - 1 : end;
            tokens.add(new Token(i, end, MatchKey.of(text, i, keyEnd), type, isQuoted,
                    type == TokenType.WORD && allCaps(text, i, end)));
            i = end;
        }
        return tokens;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    private static int word(CharSequence t, int i) {
        int n = t.length();
        int j = i;
        while (j < n) {
            char c = t.charAt(j);
            if (isWordChar(c)) {
                j++;
            } else if (isJoiner(c) && j + 1 < n && isWordChar(t.charAt(j + 1)) && j > i) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static int url(CharSequence t, int i) {
        if (!(startsWithIgnoreCase(t, i, "http://") || startsWithIgnoreCase(t, i, "https://")
                || startsWithIgnoreCase(t, i, "www."))) {
            return i;
        }
        if (i > 0 && isWordChar(t.charAt(i - 1))) {
            return i;
        }
        int j = i;
        while (j < t.length() && !Character.isWhitespace(t.charAt(j))) {
            j++;
        }
        return trimTrailingPunctuation(t, i, j);
    }

    private static int handle(CharSequence t, int i) {
        int j = i + 1;
        while (j < t.length() && (isWordChar(t.charAt(j)) || t.charAt(j) == '_')) {
            j++;
        }
        return j - i >= 2 ? j : i;
    }

    private static int email(CharSequence t, int i, int wordEnd) {
        int j = wordEnd;
        while (j < t.length() && (isWordChar(t.charAt(j)) || t.charAt(j) == '.' || t.charAt(j) == '_'
                || t.charAt(j) == '+' || t.charAt(j) == '-')) {
            j++;
        }
        if (j >= t.length() || t.charAt(j) != '@') {
            return wordEnd;
        }
        int k = j + 1;
        int dots = 0;
        while (k < t.length() && (isWordChar(t.charAt(k)) || t.charAt(k) == '.' || t.charAt(k) == '-')) {
            if (t.charAt(k) == '.') {
                dots++;
            }
            k++;
        }
        int end = trimTrailingPunctuation(t, i, k);
        return dots > 0 && end > j + 1 ? end : wordEnd;
    }

    private static int ticketKey(CharSequence t, int i, int wordEnd) {
        // ABC-123: capitals (and digits) then a hyphen and digits.
        int j = i;
        if (!isUpperAscii(t.charAt(j))) {
            return i;
        }
        while (j < t.length() && (isUpperAscii(t.charAt(j)) || Character.isDigit(t.charAt(j)) || t.charAt(j) == '_')) {
            j++;
        }
        if (j - i < 2 || j >= t.length() || t.charAt(j) != '-') {
            return i;
        }
        int k = j + 1;
        while (k < t.length() && Character.isDigit(t.charAt(k))) {
            k++;
        }
        if (k == j + 1 || k < t.length() && Character.isLetter(t.charAt(k))) {
            return i;
        }
        return k;
    }

    private static int number(CharSequence t, int i) {
        int j = i;
        while (j < t.length()) {
            char c = t.charAt(j);
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',' || c == ':' || c == '/') && j + 1 < t.length()
                    && Character.isDigit(t.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        // "24h", "2nd", "3x" stay one token.
        while (j < t.length() && Character.isLetter(t.charAt(j))) {
            j++;
        }
        return j;
    }

    private int abbreviation(CharSequence t, int i, int wordEnd) {
        if (wordEnd >= t.length() || t.charAt(wordEnd) != '.' || longestAbbreviation == 0) {
            return wordEnd;
        }
        // Greedy: letters and dots with no space ("f.eks.", "e.g."), then the longest known prefix.
        int j = wordEnd;
        int limit = Math.min(t.length(), i + longestAbbreviation);
        while (j < limit && (Character.isLetter(t.charAt(j)) || t.charAt(j) == '.')) {
            j++;
        }
        for (int end = j; end > wordEnd; end--) {
            if (t.charAt(end - 1) == '.' && abbreviations.contains(MatchKey.of(t, i, end))) {
                return end;
            }
        }
        return wordEnd;
    }

    private static boolean allCaps(CharSequence t, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean startsWithIgnoreCase(CharSequence t, int i, String prefix) {
        if (i + prefix.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(t.charAt(i + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int trimTrailingPunctuation(CharSequence t, int start, int end) {
        while (end > start && ".,;:!?)]}\"'»”".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
