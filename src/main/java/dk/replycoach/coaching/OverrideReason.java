package dk.replycoach.coaching;

import java.util.Locale;
import java.util.Objects;

/**
 * Why an agent sent a reply despite a block: a category leads can count, and optionally a short
 * note in the agent's own words (at most {@value #MAX_NOTE} characters, so it stays a reason and
 * never becomes a copy of the reply).
 */
public final class OverrideReason {
    public static final int MAX_NOTE = 200;

    /** The reasons an agent can pick. */
    public enum Category {
        /** The rule is wrong about this reply. */
        FALSE_ALARM,
        /** The wording is deliberate (e.g. quoting the contract the customer asked about). */
        INTENDED,
        /** Context the checker cannot see: history with this customer, an agreed tone. */
        CUSTOMER_CONTEXT,
        /** No time to rework the reply: an outage, a deadline. */
        URGENT,
        OTHER;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Parses an id as written by {@link #id()}; null when unknown. */
        public static Category fromId(String id) {
            for (Category c : values()) {
                if (c.id().equals(id)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final Category category;
    private final String note;

    private OverrideReason(Category category, String note) {
        this.category = Objects.requireNonNull(category, "category");
        this.note = note;
    }

    /**
     * A reason with an optional note; the note is trimmed, line breaks become spaces, and a blank
     * note counts as none. A note longer than {@value #MAX_NOTE} characters is refused rather than
     * cut, so the agent's words are never silently changed.
     */
    public static OverrideReason of(Category category, String note) {
        if (note == null || note.isBlank()) {
            return new OverrideReason(category, null);
        }
        StringBuilder sb = new StringBuilder(note.length());
        note.strip().codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String clean = sb.toString();
        if (clean.length() > MAX_NOTE) {
            throw new IllegalArgumentException("override note is longer than " + MAX_NOTE + " characters");
        }
        return new OverrideReason(category, clean);
    }

    public Category category() {
        return category;
    }

    /** The agent's note, or null. */
    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OverrideReason && category == ((OverrideReason) o).category
                && Objects.equals(note, ((OverrideReason) o).note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, note);
    }

    @Override
    public String toString() {
        return category.id() + (note == null ? "" : ": " + note);
    }
}
