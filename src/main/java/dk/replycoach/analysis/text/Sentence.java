package dk.replycoach.analysis.text;

/**
 * A sentence of the reply's content: offsets into the original text and the range of its tokens
 * in the reply's token list.
 */
public final class Sentence {
    private final int start;
    private final int end;
    private final int firstToken;
    private final int endToken;
    private final int wordCount;
    private final char terminator;

    public Sentence(int start, int end, int firstToken, int endToken, int wordCount, char terminator) {
        this.start = start;
        this.end = end;
        this.firstToken = firstToken;
        this.endToken = endToken;
        this.wordCount = wordCount;
        this.terminator = terminator;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Index of the first token in the reply's token list. */
    public int firstToken() {
        return firstToken;
    }

    /** Index one past the last token. */
    public int endToken() {
        return endToken;
    }

    public int tokenCount() {
        return endToken - firstToken;
    }

    public int wordCount() {
        return wordCount;
    }

    /** '.', '!', '?', or 0 when the sentence ends without punctuation (line break or end of text). */
    public char terminator() {
        return terminator;
    }

    public boolean isQuestion() {
        return terminator == '?';
    }

    public boolean containsToken(int tokenIndex) {
        return tokenIndex >= firstToken && tokenIndex < endToken;
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
