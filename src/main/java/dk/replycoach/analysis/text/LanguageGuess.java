package dk.replycoach.analysis.text;

/** The language a text is written in, with a confidence from 0 (a coin toss) to 1 (certain). */
public final class LanguageGuess {
    private final String language;
    private final double confidence;
    private final boolean fallback;

    public LanguageGuess(String language, double confidence, boolean fallback) {
        this.language = language;
        this.confidence = confidence;
        this.fallback = fallback;
    }

    public String language() {
        return language;
    }

    public double confidence() {
        return confidence;
    }

    /** True when the text gave no evidence and the default language was taken. */
    public boolean fallback() {
        return fallback;
    }
}
