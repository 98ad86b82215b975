package dk.replycoach.guidance;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.rule.OpenQuestionRule;

import java.util.EnumMap;
import java.util.Map;

/**
 * Reads the conflict style from phrase cues and structure. Each cue adds weight to one style:
 * collaborating from joint problem-solving phrases, invitations to say what they need, a
 * first-person plan and a closing open question; competing from policy walls, blame, talking down
 * and rebukes; avoiding from deflection and open-ended follow-ups; accommodating from giving in and
 * apologies; compromising from partial and temporary solutions. Scores are the shares of the total
 * weight; on a tie the more constructive style wins (catalog order).
 */
public final class StyleReader {

    public StyleReading read(AnalyzedReply reply) {
        Map<ConflictStyle, Double> weight = new EnumMap<>(ConflictStyle.class);
        for (ConflictStyle s : ConflictStyle.values()) {
            weight.put(s, 0.0);
        }
        add(weight, ConflictStyle.COLLABORATING, 1.0 * count(reply, PhraseCategory.COLLABORATING)
                + count(reply, PhraseCategory.INVITE_NEEDS) + 0.5 * count(reply, PhraseCategory.OWNERSHIP)
                + 0.5 * count(reply, PhraseCategory.CONFIRM_UNDERSTANDING)
                + (!reply.isEmpty() && OpenQuestionRule.endsWithOpenQuestion(reply) ? 0.5 : 0));
        add(weight, ConflictStyle.COMPETING, 1.0 * count(reply, PhraseCategory.COMPETING)
                + count(reply, PhraseCategory.BLAME) + 0.5 * count(reply, PhraseCategory.CONDESCENDING)
                + count(reply, PhraseCategory.REBUKE));
        add(weight, ConflictStyle.AVOIDING, 1.0 * count(reply, PhraseCategory.AVOIDING)
                + (reply.has(PhraseCategory.TIME_COMMITMENT) ? 0 : 0.5 * count(reply, PhraseCategory.VAGUE_FOLLOWUP)));
        add(weight, ConflictStyle.ACCOMMODATING, 1.0 * count(reply, PhraseCategory.ACCOMMODATING)
                + 0.5 * count(reply, PhraseCategory.APOLOGY));
        add(weight, ConflictStyle.COMPROMISING, 1.0 * count(reply, PhraseCategory.COMPROMISING));

        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<ConflictStyle, Double> scores = new EnumMap<>(ConflictStyle.class);
        ConflictStyle dominant = null;
        for (ConflictStyle s : ConflictStyle.values()) {
            double share = total == 0 ? 0 : round(weight.get(s) / total);
            scores.put(s, share);
            if (total > 0 && (dominant == null || weight.get(s) > weight.get(dominant))) {
                dominant = s;
            }
        }
        String adviceKey = dominant == null ? "replycoach.style.none.advice" : "replycoach.style." + dominant.id() + ".advice";
        return new StyleReading(scores, dominant, reply.messages().get(adviceKey));
    }

    private static int count(AnalyzedReply reply, PhraseCategory c) {
        return reply.matches(c).size();
    }

    private static void add(Map<ConflictStyle, Double> weight, ConflictStyle s, double w) {
        weight.merge(s, w, Double::sum);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
