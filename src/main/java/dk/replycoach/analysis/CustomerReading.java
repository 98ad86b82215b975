package dk.replycoach.analysis;

/**
 * What the customer's last message tells about their mood: angry (anger words, swearing, capitals,
 * "!!!") and abusive (insults at the agent or the company, or swearing: verbal abuse that the reply
 * should leave unanswered). It switches on the rules that only make sense against an upset
 * customer. Every abusive message is also angry.
 */
public final class CustomerReading {
    private final String language;
    private final boolean angry;
    private final boolean abusive;
    private final int words;
    private final int questions;

    public CustomerReading(String language, boolean angry, boolean abusive, int words, int questions) {
        this.language = language;
        this.angry = angry;
        this.abusive = abusive;
        this.words = words;
        this.questions = questions;
    }

    public String language() {
        return language;
    }

    public boolean angry() {
        return angry;
    }

    public boolean abusive() {
        return abusive;
    }

    /** Words in the customer's own text (quoted mail and signature left out). */
    public int words() {
        return words;
    }

    /** Sentences ending in a question mark. */
    public int questions() {
        return questions;
    }
}
