package dk.replycoach.analysis.text;

/**
 * The reply with everything that is not the agent's own words masked out by spaces: quotes of
 * earlier mail, code, wiki macros, the greeting line and the signature. Masking keeps every offset
 * as it was, so the offset map from cleaned to original text is the identity and findings point
 * straight into what the agent wrote.
 */
public final class CleanedReply {
    private final String original;
    private final String content;
    private final boolean[] quoted;
    private final int greetingStart;
    private final int greetingEnd;
    private final int signOffStart;

    CleanedReply(String original, String content, boolean[] quoted, int greetingStart, int greetingEnd, int signOffStart) {
        this.original = original;
        this.content = content;
        this.quoted = quoted;
        this.greetingStart = greetingStart;
        this.greetingEnd = greetingEnd;
        this.signOffStart = signOffStart;
    }

    /** The text as the agent wrote it (after truncation, if any). */
    public String original() {
        return original;
    }

    /** Same length as {@link #original()}, with non-content masked by spaces. */
    public String content() {
        return content;
    }

    /** For each offset, whether it is inside inline quotation marks. */
    public boolean[] quotedMask() {
        return quoted;
    }

    public boolean hasGreeting() {
        return greetingStart >= 0;
    }

    public int greetingStart() {
        return greetingStart;
    }

    public int greetingEnd() {
        return greetingEnd;
    }

    public boolean hasSignOff() {
        return signOffStart >= 0;
    }

    /** Where the sign-off or signature starts, or -1. */
    public int signOffStart() {
        return signOffStart;
    }
}
