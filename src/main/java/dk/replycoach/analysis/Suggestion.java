package dk.replycoach.analysis;

import java.util.Objects;

/**
 * A concrete edit that would fix a finding: replace the text between {@code start} and {@code end}
 * with {@code text}, or, when start equals end, insert {@code text} at that position. Offsets point
 * into the original reply, so any front end can apply the edit.
 */
public final class Suggestion {
    private final int start;
    private final int end;
    private final String text;

    private Suggestion(int start, int end, String text) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad suggestion span " + start + ".." + end);
        }
        this.start = start;
        this.end = end;
        this.text = Objects.requireNonNull(text, "text");
    }

    public static Suggestion replace(int start, int end, String text) {
        return new Suggestion(start, end, text);
    }

    public static Suggestion insert(int at, String text) {
        return new Suggestion(at, at, text);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public boolean isInsert() {
        return start == end;
    }

    /** The reply with this edit applied. */
    public String applyTo(String reply) {
        return reply.substring(0, start) + text + reply.substring(end);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Suggestion)) {
            return false;
        }
        Suggestion s = (Suggestion) o;
        return start == s.start && end == s.end && text.equals(s.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, text);
    }

    @Override
    public String toString() {
        return isInsert() ? "insert@" + start + "'" + text + "'" : "replace[" + start + "," + end + ")'" + text + "'";
    }
}
