package dk.replycoach.analysis.text;

/** A word (or URL, number, ...) with its offsets into the original reply and its match key. */
public final class Token {
    private final int start;
    private final int end;
    private final String key;
    private final TokenType type;
    private final boolean quoted;
    private final boolean allCaps;

    public Token(int start, int end, String key, TokenType type, boolean quoted, boolean allCaps) {
        this.start = start;
        this.end = end;
        this.key = key;
        this.type = type;
        this.quoted = quoted;
        this.allCaps = allCaps;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Lower-cased, accent-folded form used for matching. */
    public String key() {
        return key;
    }

    public TokenType type() {
        return type;
    }

    /** Inside quotation marks: the agent quoting someone else, not speaking. */
    public boolean quoted() {
        return quoted;
    }

    /** Written entirely in capital letters (at least two letters). */
    public boolean allCaps() {
        return allCaps;
    }

    public int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return key + "@" + start;
    }
}
