package dk.replycoach.coaching;

import dk.replycoach.guidance.ConflictStyle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Counts over a set of coaching events: one agent's day, a team's range, a week. Sums only (a score
 * total, not an average), so figures from different days, stores or nodes add up exactly; the
 * ratios leads read are computed from the sums at the end. Immutable; built with a {@link Tally}.
 */
public final class CoachingFigures {
    public static final CoachingFigures NONE = new Tally().build();

    private final int sent;
    private final int withWarnings;
    private final int withBlocks;
    private final long scoreSum;
    private final long wordSum;
    private final Map<String, Integer> rules;
    private final int coached;
    private final int withFix;
    private final Map<String, Integer> fixed;
    private final Map<ConflictStyle, Integer> styles;
    private final int unstyled;
    private final int checks;
    private final int blocked;
    private final int overrides;
    private final Map<OverrideReason.Category, Integer> overrideReasons;
    private final Map<String, Integer> notHelpful;

    private CoachingFigures(Tally t) {
        this.sent = t.sent;
        this.withWarnings = t.withWarnings;
        this.withBlocks = t.withBlocks;
        this.scoreSum = t.scoreSum;
        this.wordSum = t.wordSum;
        this.rules = frozen(t.rules);
        this.coached = t.coached;
        this.withFix = t.withFix;
        this.fixed = frozen(t.fixed);
        this.styles = Collections.unmodifiableMap(new EnumMap<>(t.styles));
        this.unstyled = t.unstyled;
        this.checks = t.checks;
        this.blocked = t.blocked;
        this.overrides = t.overrides;
        this.overrideReasons = Collections.unmodifiableMap(new EnumMap<>(t.overrideReasons));
        this.notHelpful = frozen(t.notHelpful);
    }

    private static Map<String, Integer> frozen(Map<String, Integer> m) {
        return Collections.unmodifiableMap(new TreeMap<>(m));
    }

    /** Replies sent. */
    public int sent() {
        return sent;
    }

    /** Replies sent with at least one finding of warning severity or higher. */
    public int withWarnings() {
        return withWarnings;
    }

    /** Replies sent with at least one block-level finding (sent despite, or with the gate off). */
    public int withBlocks() {
        return withBlocks;
    }

    public long scoreSum() {
        return scoreSum;
    }

    public long wordSum() {
        return wordSum;
    }

    /** Per rule id: in how many sent replies it fired. */
    public Map<String, Integer> rules() {
        return rules;
    }

    /** Replies sent after the checker had shown at least one finding while drafting. */
    public int coached() {
        return coached;
    }

    /** Replies sent with at least one finding fixed before sending. */
    public int withFix() {
        return withFix;
    }

    /** Per rule id: how often it was shown while drafting and gone from the sent reply. */
    public Map<String, Integer> fixed() {
        return fixed;
    }

    /** Sent replies per dominant conflict style. */
    public Map<ConflictStyle, Integer> styles() {
        return styles;
    }

    public int style(ConflictStyle style) {
        return styles.getOrDefault(style, 0);
    }

    /** Sent replies that showed no conflict-style cue. */
    public int unstyled() {
        return unstyled;
    }

    /** CHECKED events (first checks of drafts and checks that showed something new). */
    public int checks() {
        return checks;
    }

    /** Replies stopped by the validator or the send gate. */
    public int blocked() {
        return blocked;
    }

    /** Replies sent despite a block. */
    public int overrides() {
        return overrides;
    }

    public Map<OverrideReason.Category, Integer> overrideReasons() {
        return overrideReasons;
    }

    /** Per rule id: "not helpful" votes. */
    public Map<String, Integer> notHelpful() {
        return notHelpful;
    }

    /** How many events these figures count (what a purge of them removes). */
    public long events() {
        long n = (long) sent + checks + blocked + overrides;
        for (int v : notHelpful.values()) {
            n += v;
        }
        return n;
    }

    public OptionalDouble averageScore() {
        return sent == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) scoreSum / sent);
    }

    public OptionalDouble averageWords() {
        return sent == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) wordSum / sent);
    }

    /** Share of sent replies with a warning or worse, 0-1 (0 when nothing was sent). */
    public double shareWithWarnings() {
        return sent == 0 ? 0 : (double) withWarnings / sent;
    }

    /** Of the replies where the checker showed something, the share where the agent fixed something. */
    public OptionalDouble fixRate() {
        return coached == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) withFix / coached);
    }

    /** The most frequent conflict style; ties go to the style listed first in {@link ConflictStyle}. */
    public Optional<ConflictStyle> dominantStyle() {
        ConflictStyle best = null;
        int bestCount = 0;
        for (ConflictStyle s : ConflictStyle.values()) {
            int c = style(s);
            if (c > bestCount) {
                best = s;
                bestCount = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The rules that fired most often in sent replies, most frequent first, ties by id. */
    public List<RuleCount> topRules(int limit) {
        return ranked(rules, limit);
    }

    static List<RuleCount> ranked(Map<String, Integer> counts, int limit) {
        List<RuleCount> list = new ArrayList<>();
        counts.forEach((rule, n) -> list.add(new RuleCount(rule, n)));
        list.sort(Comparator.comparingInt(RuleCount::count).reversed().thenComparing(RuleCount::rule));
        return list.size() > limit ? List.copyOf(list.subList(0, limit)) : List.copyOf(list);
    }

    public CoachingFigures plus(CoachingFigures other) {
        return new Tally().add(this).add(other).build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CoachingFigures)) {
            return false;
        }
        CoachingFigures f = (CoachingFigures) o;
        return sent == f.sent && withWarnings == f.withWarnings && withBlocks == f.withBlocks
                && scoreSum == f.scoreSum && wordSum == f.wordSum && rules.equals(f.rules)
                && coached == f.coached && withFix == f.withFix && fixed.equals(f.fixed)
                && styles.equals(f.styles) && unstyled == f.unstyled && checks == f.checks
                && blocked == f.blocked && overrides == f.overrides
                && overrideReasons.equals(f.overrideReasons) && notHelpful.equals(f.notHelpful);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sent, withWarnings, scoreSum, rules, fixed, checks, blocked, overrides, notHelpful);
    }

    @Override
    public String toString() {
        return "sent=" + sent + " warn=" + withWarnings + " block=" + withBlocks + " scoreSum=" + scoreSum
                + " words=" + wordSum + " rules=" + rules + " coached=" + coached + " withFix=" + withFix
                + " fixed=" + fixed + " styles=" + styles + " unstyled=" + unstyled + " checks=" + checks
                + " blocked=" + blocked + " overrides=" + overrides + overrideReasons + " notHelpful=" + notHelpful;
    }

    /**
     * Adds events and figures up. Not thread-safe: a store that shares one guards it. Events are
     * counted the same way whichever store holds them, which is what lets one contract test
     * suite compare the stores figure for figure.
     */
    public static final class Tally {
        private int sent;
        private int withWarnings;
        private int withBlocks;
        private long scoreSum;
        private long wordSum;
        private final Map<String, Integer> rules = new TreeMap<>();
        private int coached;
        private int withFix;
        private final Map<String, Integer> fixed = new TreeMap<>();
        private final Map<ConflictStyle, Integer> styles = new EnumMap<>(ConflictStyle.class);
        private int unstyled;
        private int checks;
        private int blocked;
        private int overrides;
        private final Map<OverrideReason.Category, Integer> overrideReasons = new EnumMap<>(OverrideReason.Category.class);
        private final Map<String, Integer> notHelpful = new TreeMap<>();

        public Tally add(CoachingEvent e) {
            switch (e.kind()) {
                case SENT:
                    sent++;
                    withWarnings += e.hasWarning() ? 1 : 0;
                    withBlocks += e.hasBlock() ? 1 : 0;
                    scoreSum += e.score();
                    wordSum += e.words();
                    e.rules().keySet().forEach(r -> rules.merge(r, 1, Integer::sum));
                    coached += e.coached() ? 1 : 0;
                    withFix += e.fixed().isEmpty() ? 0 : 1;
                    e.fixed().forEach(r -> fixed.merge(r, 1, Integer::sum));
                    if (e.style() == null) {
                        unstyled++;
                    } else {
                        styles.merge(e.style(), 1, Integer::sum);
                    }
                    break;
                case CHECKED:
                    checks++;
                    break;
                case BLOCKED:
                    blocked++;
                    break;
                case OVERRIDDEN:
                    overrides++;
                    overrideReasons.merge(e.reason().category(), 1, Integer::sum);
                    break;
                case FEEDBACK:
                    e.rules().keySet().forEach(r -> notHelpful.merge(r, 1, Integer::sum));
                    break;
                default:
                    throw new IllegalStateException("unknown event kind " + e.kind());
            }
            return this;
        }

        public Tally add(CoachingFigures f) {
            sent += f.sent;
            withWarnings += f.withWarnings;
            withBlocks += f.withBlocks;
            scoreSum += f.scoreSum;
            wordSum += f.wordSum;
            f.rules.forEach((k, v) -> rules.merge(k, v, Integer::sum));
            coached += f.coached;
            withFix += f.withFix;
            f.fixed.forEach((k, v) -> fixed.merge(k, v, Integer::sum));
            f.styles.forEach((k, v) -> styles.merge(k, v, Integer::sum));
            unstyled += f.unstyled;
            checks += f.checks;
            blocked += f.blocked;
            overrides += f.overrides;
            f.overrideReasons.forEach((k, v) -> overrideReasons.merge(k, v, Integer::sum));
            f.notHelpful.forEach((k, v) -> notHelpful.merge(k, v, Integer::sum));
            return this;
        }

        public CoachingFigures build() {
            return new CoachingFigures(this);
        }
    }
}
