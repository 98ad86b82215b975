package dk.replycoach.report;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Severity;
import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.DraftTracker;
import dk.replycoach.coaching.InMemoryCoachingStore;
import dk.replycoach.coaching.OverrideReason;
import dk.replycoach.coaching.ReplyRef;
import dk.replycoach.coaching.Reports;
import dk.replycoach.guidance.ConflictStyle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A coaching history written the way Jira writes it: drafts checked and replies sent through a
 * {@link CoachingRecorder}, into the in-memory store, on days set with {@link #on(LocalDate)}. The
 * recorder's clock stands still at noon (UTC) of that day.
 */
public final class CoachingHistory {
    public final InMemoryCoachingStore store = new InMemoryCoachingStore();
    private final DayClock clock = new DayClock();
    private final CoachingRecorder recorder = new CoachingRecorder(store, clock, new DraftTracker(clock));
    private int drafts;

    public CoachingHistory on(LocalDate day) {
        clock.day = day;
        return this;
    }

    /**
     * An agent drafts a reply with the checker, which shows {@code shown} while drafting; the agent
     * sends a reply in which {@code kept} still fire (as warnings), scoring {@code score}.
     */
    public CoachingHistory reply(String agent, String project, int score, ConflictStyle style, List<String> shown,
                                 String... kept) {
        ReplyRef ref = ReplyRef.of(agent, project + "-1", project);
        if (!shown.isEmpty()) {
            ReplyRef draft = ref.withDraft("d" + ++drafts);
            recorder.checked(draft, report(70, style, shown.toArray(new String[0])), "draft " + drafts);
            return sent(draft, score, style, kept);
        }
        return sent(ref, score, style, kept);
    }

    private CoachingHistory sent(ReplyRef ref, int score, ConflictStyle style, String... kept) {
        recorder.sent(ref, report(score, style, kept), "final " + ref.draftId());
        return this;
    }

    public CoachingHistory blocked(String agent, String project, String rule) {
        recorder.blocked(ReplyRef.of(agent, project + "-1", project), Map.of(rule, Severity.BLOCK));
        return this;
    }

    public CoachingHistory overridden(String agent, String project, String rule) {
        recorder.overridden(ReplyRef.of(agent, project + "-1", project), Map.of(rule, Severity.BLOCK),
                OverrideReason.of(OverrideReason.Category.URGENT, null));
        return this;
    }

    public CoachingHistory notHelpful(String agent, String project, String rule) {
        recorder.notHelpful(ReplyRef.of(agent, project + "-1", project), rule, Severity.WARNING);
        return this;
    }

    private static ReplyReport report(int score, ConflictStyle style, String... rules) {
        List<Finding> findings = new ArrayList<>();
        for (String id : rules) {
            findings.add(new Finding(id, Severity.WARNING, 0, 1, "x", "m", "g", null));
        }
        return Reports.report(score, findings, style);
    }

    /** Noon of the day set last, in UTC. */
    private static final class DayClock extends Clock {
        LocalDate day = LocalDate.of(2026, 11, 16);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the history is kept in UTC");
        }

        @Override
        public Instant instant() {
            return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        }
    }
}
