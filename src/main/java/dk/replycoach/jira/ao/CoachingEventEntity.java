package dk.replycoach.jira.ao;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One coaching event, one row, never updated (see {@link ActiveObjectsCoachingStore} for why).
 * Names are short and explicit so that the prefixed table name ({@code AO_xxxxxx_COACH_EVENT}),
 * the column names and the generated index names stay inside Oracle's 30-character limit, and so
 * that a later rename of a Java method can never rename a column.
 *
 * <p>Only keys, ids and numbers are stored: no reply text, no customer text. The override reason
 * is the agent's own short note (at most 200 characters) about why they sent despite a block.
 */
@Table("COACH_EVENT")
@Indexes({
        @Index(name = "agent_day", methodNames = {"getAgentKey", "getEventDay"}),
        @Index(name = "project_day", methodNames = {"getProjectKey", "getEventDay"})
})
public interface CoachingEventEntity extends Entity {
    String KIND = "KIND";
    String EVENT_TIME = "EVENT_TIME";
    String EVENT_DAY = "EVENT_DAY";
    String AGENT_KEY = "AGENT_KEY";
    String ISSUE_KEY = "ISSUE_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String DRAFT_ID = "DRAFT_ID";
    String LANG = "LANG";
    String SCORE = "SCORE";
    String WORDS = "WORDS";
    String STYLE = "STYLE";
    String RULE_IDS = "RULE_IDS";
    String FIXED_IDS = "FIXED_IDS";
    String COACHED = "COACHED";
    String REASON = "REASON";
    String REASON_TEXT = "REASON_TEXT";

    /** Longest encoded rule list a row holds; indexed-size column, so no CLOB on hot rows. */
    int RULE_LIST_LENGTH = 450;

    @NotNull
    @StringLength(12)
    @Accessor(KIND)
    String getKind();

    /** When it happened, epoch milliseconds. */
    @NotNull
    @Accessor(EVENT_TIME)
    long getEventTime();

    /** The reporting day as yyyymmdd: readable in SQL and cheap to range-scan. */
    @NotNull
    @Accessor(EVENT_DAY)
    int getEventDay();

    /** Jira user key (up to 255 characters in Jira). */
    @NotNull
    @StringLength(255)
    @Accessor(AGENT_KEY)
    String getAgentKey();

    @StringLength(255)
    @Accessor(ISSUE_KEY)
    String getIssueKey();

    @StringLength(255)
    @Accessor(PROJECT_KEY)
    String getProjectKey();

    @StringLength(64)
    @Accessor(DRAFT_ID)
    String getDraftId();

    @StringLength(8)
    @Accessor(LANG)
    String getLanguage();

    @Accessor(SCORE)
    Integer getScore();

    @Accessor(WORDS)
    Integer getWords();

    @StringLength(16)
    @Accessor(STYLE)
    String getStyle();

    /** Rule ids with severity, e.g. {@code no-but:w,profanity:b} (see {@link RuleListCodec}). */
    @StringLength(RULE_LIST_LENGTH)
    @Accessor(RULE_IDS)
    String getRuleIds();

    /** Rules shown while drafting that were gone from the sent reply, e.g. {@code acknowledge}. */
    @StringLength(RULE_LIST_LENGTH)
    @Accessor(FIXED_IDS)
    String getFixedIds();

    @Accessor(COACHED)
    Boolean getCoached();

    @StringLength(32)
    @Accessor(REASON)
    String getReason();

    @StringLength(255)
    @Accessor(REASON_TEXT)
    String getReasonText();
}
