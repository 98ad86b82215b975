package dk.replycoach.analysis;

/** Counts of the reply's content: words, sentences, and the readability figure of its language. */
public final class ReplyStats {
    private final int words;
    private final int sentences;
    private final double lix;
    private final double gradeLevel;

    public ReplyStats(int words, int sentences, double lix, double gradeLevel) {
        this.words = words;
        this.sentences = sentences;
        this.lix = lix;
        this.gradeLevel = gradeLevel;
    }

    public int words() {
        return words;
    }

    public int sentences() {
        return sentences;
    }

    /** LIX readability (Danish measure; computed for every language). */
    public double lix() {
        return lix;
    }

    /** Flesch–Kincaid grade level (English measure; computed for every language). */
    public double gradeLevel() {
        return gradeLevel;
    }

    public double averageSentenceWords() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }
}
