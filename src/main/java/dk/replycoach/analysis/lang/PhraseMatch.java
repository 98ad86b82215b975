package dk.replycoach.analysis.lang;

/** A phrase found in the text: which list, which phrase, and the token range it covers. */
public final class PhraseMatch {
    private final PhraseCategory category;
    private final String phrase;
    private final int firstToken;
    private final int endToken;

    public PhraseMatch(PhraseCategory category, String phrase, int firstToken, int endToken) {
        this.category = category;
        this.phrase = phrase;
        this.firstToken = firstToken;
        this.endToken = endToken;
    }

    public PhraseCategory category() {
        return category;
    }

    /** The phrase as written in the list (normalised). */
    public String phrase() {
        return phrase;
    }

    public int firstToken() {
        return firstToken;
    }

    /** One past the last token. */
    public int endToken() {
        return endToken;
    }

    public int length() {
        return endToken - firstToken;
    }

    public boolean overlaps(PhraseMatch other) {
        return firstToken < other.endToken && other.firstToken < endToken;
    }

    public boolean within(PhraseMatch other) {
        return firstToken >= other.firstToken && endToken <= other.endToken;
    }

    @Override
    public String toString() {
        return category.id() + ":" + phrase + "[" + firstToken + "," + endToken + ")";
    }
}
