package dk.replycoach.guidance;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reply's conflict style: a share per style (summing to 1, or all 0 when the reply shows no
 * cue at all), the dominant one, and advice on it in the agent's UI language.
 */
public final class StyleReading {
    private final Map<ConflictStyle, Double> scores;
    private final ConflictStyle dominant;
    private final String advice;

    public StyleReading(Map<ConflictStyle, Double> scores, ConflictStyle dominant, String advice) {
        EnumMap<ConflictStyle, Double> copy = new EnumMap<>(ConflictStyle.class);
        copy.putAll(scores);
        this.scores = Collections.unmodifiableMap(copy);
        this.dominant = dominant;
        this.advice = advice;
    }

    /** Scores in the order of {@link ConflictStyle}. */
    public Map<ConflictStyle, Double> scores() {
        return scores;
    }

    public double score(ConflictStyle style) {
        return scores.getOrDefault(style, 0.0);
    }

    /** Empty when the reply shows no style cue. */
    public Optional<ConflictStyle> dominant() {
        return Optional.ofNullable(dominant);
    }

    public String advice() {
        return advice;
    }
}
