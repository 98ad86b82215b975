package dk.replycoach.jira.ao;

import dk.replycoach.coaching.CoachingEvent;
import dk.replycoach.coaching.EventKind;
import dk.replycoach.coaching.OverrideReason;
import dk.replycoach.coaching.ReplyRef;
import dk.replycoach.guidance.ConflictStyle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Coaching events to and from {@link CoachingEventEntity} rows. */
final class EventRows {
    /** Every column the store reads: streamed read-only rows hold only the columns selected. */
    static final String ALL_COLUMNS = String.join(", ", "ID", CoachingEventEntity.KIND, CoachingEventEntity.EVENT_TIME,
            CoachingEventEntity.EVENT_DAY, CoachingEventEntity.AGENT_KEY, CoachingEventEntity.ISSUE_KEY,
            CoachingEventEntity.PROJECT_KEY, CoachingEventEntity.DRAFT_ID, CoachingEventEntity.LANG,
            CoachingEventEntity.SCORE, CoachingEventEntity.WORDS, CoachingEventEntity.STYLE,
            CoachingEventEntity.RULE_IDS, CoachingEventEntity.FIXED_IDS, CoachingEventEntity.COACHED,
            CoachingEventEntity.REASON, CoachingEventEntity.REASON_TEXT);

    private EventRows() {
    }

    /** The column values of a new row; absent values are left out, so they stay NULL. */
    static Map<String, Object> columns(CoachingEvent e) {
        Map<String, Object> row = new HashMap<>();
        row.put(CoachingEventEntity.KIND, e.kind().id());
        row.put(CoachingEventEntity.EVENT_TIME, e.at().toEpochMilli());
        row.put(CoachingEventEntity.EVENT_DAY, day(e.day()));
        row.put(CoachingEventEntity.AGENT_KEY, e.agent());
        put(row, CoachingEventEntity.ISSUE_KEY, e.ref().issueKey());
        put(row, CoachingEventEntity.PROJECT_KEY, e.ref().projectKey());
        put(row, CoachingEventEntity.DRAFT_ID, e.ref().draftId());
        put(row, CoachingEventEntity.RULE_IDS, RuleListCodec.encode(e.rules()));
        if (e.kind() == EventKind.SENT) {
            put(row, CoachingEventEntity.LANG, e.language());
            row.put(CoachingEventEntity.SCORE, e.score());
            row.put(CoachingEventEntity.WORDS, e.words());
            put(row, CoachingEventEntity.STYLE, e.style() == null ? null : e.style().id());
            put(row, CoachingEventEntity.FIXED_IDS, RuleListCodec.encode(e.fixed()));
            row.put(CoachingEventEntity.COACHED, e.coached());
        }
        if (e.reason() != null) {
            row.put(CoachingEventEntity.REASON, e.reason().category().id());
            put(row, CoachingEventEntity.REASON_TEXT, e.reason().note());
        }
        return row;
    }

    private static void put(Map<String, Object> row, String column, Object value) {
        if (value != null) {
            row.put(column, value);
        }
    }

    /** Rebuilds the event a row was written from; a row that no event could have written is refused. */
    static CoachingEvent event(CoachingEventEntity row) {
        EventKind kind = EventKind.fromId(row.getKind());
        if (kind == null) {
            throw new IllegalArgumentException("unknown event kind '" + row.getKind() + "'");
        }
        ReplyRef ref = ReplyRef.of(row.getAgentKey(), row.getIssueKey(), row.getProjectKey()).withDraft(row.getDraftId());
        CoachingEvent.Builder b = CoachingEvent.builder(kind, ref, Instant.ofEpochMilli(row.getEventTime()), day(row.getEventDay()))
                .rules(RuleListCodec.decodeRules(row.getRuleIds()));
        if (kind == EventKind.SENT) {
            b.language(row.getLanguage())
                    .score(orZero(row.getScore()))
                    .words(orZero(row.getWords()))
                    .style(row.getStyle() == null ? null : style(row.getStyle()))
                    .fixed(RuleListCodec.decodeIds(row.getFixedIds()))
                    .coached(Boolean.TRUE.equals(row.getCoached()));
        }
        if (row.getReason() != null) {
            OverrideReason.Category c = OverrideReason.Category.fromId(row.getReason());
            if (c == null) {
                throw new IllegalArgumentException("unknown override reason '" + row.getReason() + "'");
            }
            b.reason(OverrideReason.of(c, row.getReasonText()));
        }
        return b.build();
    }

    private static ConflictStyle style(String id) {
        ConflictStyle s = ConflictStyle.fromId(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown conflict style '" + id + "'");
        }
        return s;
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    /** A day as the yyyymmdd number kept in EVENT_DAY. */
    static int day(LocalDate d) {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    static LocalDate day(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }
}
