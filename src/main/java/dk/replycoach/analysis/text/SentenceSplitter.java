package dk.replycoach.analysis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups tokens into sentences. A sentence ends at '.', '!', '?' or '…' that is not part of a
 * token (so abbreviations, numbers and URLs never end one), at a blank line, and at a line break
 * followed by a capital, a digit or a list bullet (chat replies often skip the full stop), and
 * after a link followed by a capitalised word: social-media replies end a sentence with a link
 * and go straight on ("... here: https://x.y These tips may help"), and after a smiley or an
 * emoji followed by a capital ("Sure :) The stock arrives Monday").
 */
public final class SentenceSplitter {

    public List<Sentence> split(CharSequence text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int gapEnd = i + 1 < n ? tokens.get(i + 1).start() : text.length();
            Token next = i + 1 < n ? tokens.get(i + 1) : null;
            Boundary b = boundary(text, t.end(), gapEnd, next);
            if (b == null && endsWithLink(text, t, next)) {
                b = new Boundary(t.end(), (char) 0);
            }
            if (b != null || i + 1 == n) {
                int end = b != null ? b.end : t.end();
                char term = b != null ? b.terminator : 0;
                if (b == null) {
                    Boundary tail = boundary(text, t.end(), text.length(), null);
                    if (tail != null) {
                        end = tail.end;
                        term = tail.terminator;
                    }
                }
                // A run of only links or numbers ("https://t.co/x") is no sentence of its own.
                if (hasWord(tokens, first, i + 1)) {
                    sentences.add(new Sentence(tokens.get(first).start(), end, first, i + 1,
                            countWords(tokens, first, i + 1), term));
                }
                first = i + 1;
            }
        }
        return sentences;
    }

    private static boolean endsWithLink(CharSequence text, Token t, Token next) {
        return t.type() == TokenType.URL && next != null && next.type().isWordLike()
                && next.start() > t.end() && Character.isUpperCase(text.charAt(next.start()));
    }

    private static boolean hasWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).type().isWordLike()) {
                return true;
            }
        }
        return false;
    }

    private static int countWords(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).type() != TokenType.URL) {
                words++;
            }
        }
        return words;
    }

    private static final class Boundary {
        final int end;
        final char terminator;

        Boundary(int end, char terminator) {
            this.end = end;
            this.terminator = terminator;
        }
    }

    /** Looks at the gap between two tokens; null when the sentence goes on. */
    private static Boundary boundary(CharSequence text, int from, int to, Token next) {
        char terminator = 0;
        int termEnd = -1;
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '?') {
                terminator = '?';
                termEnd = i + 1;
            } else if (c == '!' || c == '.' || c == '\u2026') {
                if (terminator != '?') {
                    terminator = c == '!' ? '!' : '.';
                }
                termEnd = i + 1;
            } else if (c == '\n') {
                newlines++;
            } else if (termEnd == i && isCloser(c)) {
                termEnd = i + 1;
            }
        }
        if (terminator != 0) {
            return new Boundary(termEnd, terminator);
        }
        if (newlines >= 2 || next == null && newlines >= 1) {
            return new Boundary(from, (char) 0);
        }
        if (newlines == 1 && next != null && startsNewLine(text, from, to, next)) {
            return new Boundary(from, (char) 0);
        }
        if (next != null && Character.isUpperCase(text.charAt(next.start())) && hasSmiley(text, from, to)) {
            int end = to;
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return new Boundary(end, (char) 0);
        }
        return null;
    }

    /** Chat replies end a sentence with a smiley or an emoji instead of a full stop ("Sure :) The ..."). */
    private static boolean hasSmiley(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.SURROGATE || type == Character.OTHER_SYMBOL) {
                return true;
            }
            if ((c == ':' || c == ';') && i + 1 < to) {
                char d = text.charAt(i + 1) == '-' && i + 2 < to ? text.charAt(i + 2) : text.charAt(i + 1);
                if (d == ')' || d == '(') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsNewLine(CharSequence text, int from, int to, Token next) {
        char first = text.charAt(next.start());
        if (Character.isUpperCase(first) || Character.isDigit(first)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '*' || c == '#' || c == '\u2022' || c == ':') {
                return true;
            }
        }
        return false;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u00bb' || c == '\u2019';
    }
}
