package dk.replycoach.analysis.lang;

import java.util.Locale;

/**
 * The phrase lists of a language pack. Each is a file {@code lang/<code>/<id>.txt}: one phrase a
 * line, {@code #} comments, a trailing {@code *} for inflected endings and a lone {@code *} for any
 * one word. Admins can add phrases per category, so the ids are part of the settings format.
 */
public enum PhraseCategory {
    ACKNOWLEDGE("acknowledge"),
    APOLOGY("apology"),
    THANKS("thanks"),
    EMPATHY("empathy"),
    CONFIRM_UNDERSTANDING("confirm-understanding"),
    BUT_WORDS("but-words"),
    EXCUSE("excuse"),
    BLAME("blame"),
    OWNERSHIP("ownership"),
    TIME_COMMITMENT("time-commitment"),
    CONDESCENDING("condescending"),
    PROFANITY("profanity"),
    INSULT("insult"),
    ANGER("anger"),
    REBUKE("rebuke"),
    AVOIDING("avoiding"),
    VAGUE_FOLLOWUP("vague-followup"),
    COMPETING("competing"),
    ACCOMMODATING("accommodating"),
    COMPROMISING("compromising"),
    COLLABORATING("collaborating"),
    INVITE_NEEDS("invite-needs"),
    OPEN_QUESTION("open-question"),
    CLOSED_QUESTION("closed-question"),
    NEGATION("negation"),
    GREETING("greeting"),
    SIGN_OFF("sign-off");

    private final String id;

    PhraseCategory(String id) {
        this.id = id;
    }

    /** The file name without ".txt", and the key in settings. */
    public String id() {
        return id;
    }

    public static PhraseCategory fromId(String id) {
        if (id == null) {
            return null;
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (PhraseCategory c : values()) {
            if (c.id.equals(wanted)) {
                return c;
            }
        }
        return null;
    }
}
