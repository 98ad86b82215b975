package dk.replycoach.guidance;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The overall score, 0–100. Formula: start at 100 and subtract, per finding, 3 for {@code info},
 * 10 for {@code warning} and 35 for {@code block}; a rule counts at most twice (so one repeated
 * habit cannot sink the score alone); the result is clamped to 0–100. An empty reply scores 100:
 * there is nothing to fault.
 */
public final class ReplyScore {
    public static final int INFO_PENALTY = 3;
    public static final int WARNING_PENALTY = 10;
    public static final int BLOCK_PENALTY = 35;
    public static final int MAX_COUNTED_PER_RULE = 2;

    private ReplyScore() {
    }

    public static int of(List<Finding> findings) {
        Map<String, Integer> counted = new HashMap<>();
        int score = 100;
        List<Finding> bySeverity = new java.util.ArrayList<>(findings);
        bySeverity.sort((a, b) -> b.severity().compareTo(a.severity()));
        for (Finding f : bySeverity) {
            int n = counted.merge(f.rule(), 1, Integer::sum);
            if (n <= MAX_COUNTED_PER_RULE) {
                score -= penalty(f.severity());
            }
        }
        return Math.max(0, Math.min(100, score));
    }

    static int penalty(Severity s) {
        switch (s) {
            case BLOCK: return BLOCK_PENALTY;
            case WARNING: return WARNING_PENALTY;
            default: return INFO_PENALTY;
        }
    }
}
