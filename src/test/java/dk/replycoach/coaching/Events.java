package dk.replycoach.coaching;

import dk.replycoach.analysis.Severity;
import dk.replycoach.guidance.ConflictStyle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Small builders for coaching events in tests. */
public final class Events {
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private Events() {
    }

    public static ZonedDateTime noon(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.NOON, ZoneOffset.UTC);
    }

    /** Rules from alternating id, severity pairs: {@code rules("no-but", WARNING, "profanity", BLOCK)}. */
    public static Map<String, Severity> rules(Object... idSeverity) {
        Map<String, Severity> m = new LinkedHashMap<>();
        for (int i = 0; i < idSeverity.length; i += 2) {
            m.put((String) idSeverity[i], (Severity) idSeverity[i + 1]);
        }
        return m;
    }

    public static ReplyRef ref(String agent, String project) {
        return ReplyRef.of(agent, project + "-1", project);
    }

    public static CoachingEvent sent(String agent, String project, LocalDate day, int score, Map<String, Severity> rules) {
        return sent(ref(agent, project), noon(day), score, rules, Set.of(), null);
    }

    public static CoachingEvent sent(ReplyRef ref, ZonedDateTime at, int score, Map<String, Severity> rules,
                                     Set<String> fixed, ConflictStyle style) {
        return CoachingEvent.builder(EventKind.SENT, ref, at).language("da").score(score).words(40 + score % 7)
                .style(style).rules(rules).fixed(fixed).coached(!fixed.isEmpty()).build();
    }
}
