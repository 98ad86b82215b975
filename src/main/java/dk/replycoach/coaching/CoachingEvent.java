package dk.replycoach.coaching;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Severity;
import dk.replycoach.guidance.ConflictStyle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One thing that happened to an agent's reply, as coaching records it. Immutable. Holds keys,
 * rule ids and numbers only: the reply text and the customer's text never get in here, so no
 * store can keep them by accident.
 *
 * <p>The reporting {@link #day()} is fixed when the event is made (from the recorder's clock and
 * zone), so every store and every cluster node counts the event on the same day.
 */
public final class CoachingEvent {
    /** More rule ids than the catalog has is a bug upstream, not data. */
    public static final int MAX_RULES = 24;

    private final EventKind kind;
    private final Instant at;
    private final LocalDate day;
    private final ReplyRef ref;
    private final String language;
    private final int score;
    private final int words;
    private final ConflictStyle style;
    private final Map<String, Severity> rules;
    private final Set<String> fixed;
    private final boolean coached;
    private final OverrideReason reason;

    private CoachingEvent(Builder b) {
        this.kind = b.kind;
        this.at = b.at;
        this.day = b.day;
        this.ref = b.ref;
        this.language = b.language;
        this.score = b.score;
        this.words = b.words;
        this.style = b.style;
        this.rules = Collections.unmodifiableMap(new TreeMap<>(b.rules));
        this.fixed = Collections.unmodifiableSet(new TreeSet<>(b.fixed));
        this.coached = b.coached;
        this.reason = b.reason;
    }

    /**
     * A draft check. {@code newlyShown} is what this check showed that earlier checks of the same
     * draft had not (the first check of a draft records everything it showed, possibly nothing);
     * the union over a draft's CHECKED events is everything the agent saw while writing.
     */
    public static CoachingEvent checked(ReplyRef ref, ZonedDateTime at, Map<String, Severity> newlyShown) {
        return builder(EventKind.CHECKED, ref, at).rules(newlyShown).build();
    }

    /**
     * The reply as sent, read from the engine's report of the final text. {@code shownWhileDrafting}
     * are the rules the checker showed on the way; those the final text no longer triggers count as
     * fixed before sending.
     */
    public static CoachingEvent sent(ReplyRef ref, ZonedDateTime at, ReplyReport report, Set<String> shownWhileDrafting) {
        Map<String, Severity> fired = strongestPerRule(report);
        Set<String> fixed = new TreeSet<>(shownWhileDrafting);
        fixed.removeAll(fired.keySet());
        return builder(EventKind.SENT, ref, at)
                .language(report.language())
                .score(report.score())
                .words(report.stats().words())
                .style(report.style().dominant().orElse(null))
                .rules(fired)
                .fixed(fixed)
                .coached(!shownWhileDrafting.isEmpty())
                .build();
    }

    public static CoachingEvent blocked(ReplyRef ref, ZonedDateTime at, Map<String, Severity> blocking) {
        return builder(EventKind.BLOCKED, ref, at).rules(blocking).build();
    }

    public static CoachingEvent overridden(ReplyRef ref, ZonedDateTime at, Map<String, Severity> blocking,
                                           OverrideReason reason) {
        return builder(EventKind.OVERRIDDEN, ref, at).rules(blocking).reason(reason).build();
    }

    /** The agent marked a finding of {@code rule} as not helpful. */
    public static CoachingEvent notHelpful(ReplyRef ref, ZonedDateTime at, String rule, Severity severity) {
        return builder(EventKind.FEEDBACK, ref, at).rules(Map.of(rule, severity)).build();
    }

    /** Each rule that fired, with the highest severity it fired with. */
    public static Map<String, Severity> strongestPerRule(ReplyReport report) {
        Map<String, Severity> fired = new TreeMap<>();
        for (Finding f : report.findings()) {
            fired.merge(f.rule(), f.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return fired;
    }

    public static Builder builder(EventKind kind, ReplyRef ref, ZonedDateTime at) {
        return new Builder(kind, ref, at.toInstant(), at.toLocalDate());
    }

    /** For stores that rebuild an event from what they kept: instant and day as recorded. */
    public static Builder builder(EventKind kind, ReplyRef ref, Instant at, LocalDate day) {
        return new Builder(kind, ref, at, day);
    }

    public EventKind kind() {
        return kind;
    }

    public Instant at() {
        return at;
    }

    /** The day the event counts on in reports. */
    public LocalDate day() {
        return day;
    }

    public ReplyRef ref() {
        return ref;
    }

    public String agent() {
        return ref.agent();
    }

    /** SENT: the reply's language; otherwise null. */
    public String language() {
        return language;
    }

    /** SENT: the score 0-100; otherwise 0. */
    public int score() {
        return score;
    }

    /** SENT: the word count; otherwise 0. */
    public int words() {
        return words;
    }

    /** SENT: the dominant conflict style, or null when the reply shows no cue (and for other kinds). */
    public ConflictStyle style() {
        return style;
    }

    /**
     * The rules involved, by id, with their severity: CHECKED newly shown, SENT fired in the final
     * text, BLOCKED and OVERRIDDEN the blocking ones, FEEDBACK the one marked not helpful.
     */
    public Map<String, Severity> rules() {
        return rules;
    }

    /** SENT: rules shown while drafting that the final text no longer triggers. */
    public Set<String> fixed() {
        return fixed;
    }

    /** SENT: the checker showed the agent at least one finding while drafting. */
    public boolean coached() {
        return coached;
    }

    /** OVERRIDDEN: why; otherwise null. */
    public OverrideReason reason() {
        return reason;
    }

    /** SENT: at least one finding of warning severity or higher. */
    public boolean hasWarning() {
        return rules.values().stream().anyMatch(s -> s.atLeast(Severity.WARNING));
    }

    /** SENT: at least one finding of block severity. */
    public boolean hasBlock() {
        return rules.containsValue(Severity.BLOCK);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CoachingEvent)) {
            return false;
        }
        CoachingEvent e = (CoachingEvent) o;
        return kind == e.kind && at.equals(e.at) && day.equals(e.day) && ref.equals(e.ref)
                && Objects.equals(language, e.language) && score == e.score && words == e.words && style == e.style
                && rules.equals(e.rules) && fixed.equals(e.fixed) && coached == e.coached
                && Objects.equals(reason, e.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, at, ref, rules);
    }

    @Override
    public String toString() {
        return kind.id() + " " + ref + " " + day + " " + rules + (kind == EventKind.SENT ? " score " + score + " fixed " + fixed : "");
    }

    /** Builds an event; {@link #build()} checks that the kind has what it needs and nothing it must not. */
    public static final class Builder {
        private final EventKind kind;
        private final ReplyRef ref;
        private final Instant at;
        private final LocalDate day;
        private String language;
        private int score;
        private int words;
        private ConflictStyle style;
        private Map<String, Severity> rules = Map.of();
        private Set<String> fixed = Set.of();
        private boolean coached;
        private OverrideReason reason;

        private Builder(EventKind kind, ReplyRef ref, Instant at, LocalDate day) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.ref = Objects.requireNonNull(ref, "ref");
            // Stores keep milliseconds; trimming here makes every store hand back an equal event.
            this.at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
            this.day = Objects.requireNonNull(day, "day");
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder score(int score) {
            this.score = score;
            return this;
        }

        public Builder words(int words) {
            this.words = words;
            return this;
        }

        public Builder style(ConflictStyle style) {
            this.style = style;
            return this;
        }

        public Builder rules(Map<String, Severity> rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        public Builder fixed(Set<String> fixed) {
            this.fixed = Objects.requireNonNull(fixed, "fixed");
            return this;
        }

        public Builder coached(boolean coached) {
            this.coached = coached;
            return this;
        }

        public Builder reason(OverrideReason reason) {
            this.reason = reason;
            return this;
        }

        public CoachingEvent build() {
            checkRules(rules.keySet());
            rules.values().forEach(s -> Objects.requireNonNull(s, "severity"));
            checkRules(fixed);
            boolean sent = kind == EventKind.SENT;
            if (!sent && (language != null || score != 0 || words != 0 || style != null || !fixed.isEmpty() || coached)) {
                throw new IllegalArgumentException(kind.id() + " carries no reply figures");
            }
            if (sent) {
                if (score < 0 || score > 100) {
                    throw new IllegalArgumentException("score must be 0-100, got " + score);
                }
                if (words < 0) {
                    throw new IllegalArgumentException("word count must not be negative");
                }
                if (language != null && !language.matches("[a-z]{2,8}")) {
                    throw new IllegalArgumentException("not a language code: '" + language + "'");
                }
                for (String f : fixed) {
                    if (rules.containsKey(f)) {
                        throw new IllegalArgumentException("rule " + f + " cannot be both fired and fixed");
                    }
                }
            }
            if (kind == EventKind.CHECKED && ref.draftId() == null) {
                throw new IllegalArgumentException("a draft check needs a draft id");
            }
            if (kind == EventKind.FEEDBACK && rules.size() != 1) {
                throw new IllegalArgumentException("feedback is about exactly one rule");
            }
            if ((kind == EventKind.BLOCKED || kind == EventKind.OVERRIDDEN) && rules.isEmpty()) {
                throw new IllegalArgumentException(kind.id() + " needs the blocking rules");
            }
            if ((kind == EventKind.OVERRIDDEN) != (reason != null)) {
                throw new IllegalArgumentException("an override reason belongs to, and only to, an override");
            }
            return new CoachingEvent(this);
        }

        private static void checkRules(Set<String> ids) {
            if (ids.size() > MAX_RULES) {
                throw new IllegalArgumentException("more than " + MAX_RULES + " rules");
            }
            ids.forEach(CoachingKeys::ruleId);
        }
    }
}
