package dk.replycoach.analysis.text;

/** What kind of thing a token is. Only {@link #WORD} and {@link #ABBREVIATION} take part in phrases. */
public enum TokenType {
    WORD, ABBREVIATION, NUMBER, URL, EMAIL, HANDLE, TICKET_KEY;

    public boolean isWordLike() {
        return this == WORD || this == ABBREVIATION;
    }
}
