package dk.replycoach.jira.ao;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.coaching.CoachingEvent;
import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.DayRange;
import dk.replycoach.coaching.DraftTracker;
import dk.replycoach.coaching.Events;
import dk.replycoach.coaching.OverrideReason;
import dk.replycoach.coaching.ReplyRef;
import dk.replycoach.coaching.ReportScope;
import dk.replycoach.guidance.ConflictStyle;
import org.junit.After;
import org.junit.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dk.replycoach.analysis.Severity.BLOCK;
import static dk.replycoach.analysis.Severity.INFO;
import static dk.replycoach.analysis.Severity.WARNING;
import static dk.replycoach.coaching.Events.MONDAY;
import static dk.replycoach.coaching.Events.noon;
import static dk.replycoach.coaching.Events.rules;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The table as Active Objects creates it on a real database, and what goes into its rows. */
public class CoachingEventTableTest {
    private static final String TABLE = EntityManagerActiveObjects.TABLE_PREFIX + "COACH_EVENT";

    private final HsqlDatabase db = HsqlDatabase.create();
    private final EntityManagerActiveObjects ao = db.migrated();
    private final ActiveObjectsCoachingStore store = new ActiveObjectsCoachingStore(ao);

    @After
    public void shutDown() {
        db.close();
    }

    @Test
    public void migrateCreatesTheTableWithShortExplicitColumnNames() throws Exception {
        Map<String, String> columns = new TreeMap<>();
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getColumns(null, null, TABLE, null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME") + "/" + rs.getString("IS_NULLABLE"));
            }
        }
        Map<String, String> expected = new TreeMap<>();
        expected.put("ID", "INTEGER/NO");
        expected.put("KIND", "VARCHAR/NO");
        expected.put("EVENT_TIME", "BIGINT/NO");
        expected.put("EVENT_DAY", "INTEGER/NO");
        expected.put("AGENT_KEY", "VARCHAR/NO");
        expected.put("ISSUE_KEY", "VARCHAR/YES");
        expected.put("PROJECT_KEY", "VARCHAR/YES");
        expected.put("DRAFT_ID", "VARCHAR/YES");
        expected.put("LANG", "VARCHAR/YES");
        expected.put("SCORE", "INTEGER/YES");
        expected.put("WORDS", "INTEGER/YES");
        expected.put("STYLE", "VARCHAR/YES");
        expected.put("RULE_IDS", "VARCHAR/YES");
        expected.put("FIXED_IDS", "VARCHAR/YES");
        expected.put("COACHED", "BOOLEAN/YES");
        expected.put("REASON", "VARCHAR/YES");
        expected.put("REASON_TEXT", "VARCHAR/YES");
        assertEquals(expected, columns);
    }

    @Test
    public void theTableHasIndexesForAgentAndDayAndForProjectAndDay() throws Exception {
        Map<String, List<String>> indexes = new TreeMap<>();
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getIndexInfo(null, null, TABLE, false, false)) {
            while (rs.next()) {
                indexes.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new ArrayList<>())
                        .add(rs.getShort("ORDINAL_POSITION") + ":" + rs.getString("COLUMN_NAME"));
            }
        }
        assertTrue(indexes.toString(), indexes.containsValue(List.of("1:AGENT_KEY", "2:EVENT_DAY")));
        assertTrue(indexes.toString(), indexes.containsValue(List.of("1:PROJECT_KEY", "2:EVENT_DAY")));
    }

    @Test
    public void everyNameFitsOraclesThirtyCharacters() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect()) {
            DatabaseMetaData md = c.getMetaData();
            names.add(TABLE);
            try (ResultSet rs = md.getColumns(null, null, TABLE, null)) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME"));
                }
            }
            try (ResultSet rs = md.getIndexInfo(null, null, TABLE, false, false)) {
                while (rs.next()) {
                    names.add(rs.getString("INDEX_NAME"));
                }
            }
        }
        for (String n : names) {
            assertTrue(n + " is longer than 30 characters", n.length() <= 30);
        }
    }

    @Test
    public void everyKindOfEventComesBackFromItsRowUnchanged() {
        ReplyRef draft = ReplyRef.of("JIRAUSER10100", "SUP-7", "SUP").withDraft("d-1");
        List<CoachingEvent> events = List.of(
                CoachingEvent.checked(draft, noon(MONDAY), rules("acknowledge", WARNING, "thank-opener", INFO)),
                Events.sent(draft, noon(MONDAY).plusMinutes(1), 83, rules("thank-opener", INFO),
                        Set.of("acknowledge"), ConflictStyle.ACCOMMODATING),
                Events.sent(ReplyRef.agent("bo"), noon(MONDAY), 12, rules("profanity", BLOCK), Set.of(), null),
                CoachingEvent.blocked(draft, noon(MONDAY), rules("profanity", BLOCK, "abuse-mirroring", BLOCK)),
                CoachingEvent.overridden(draft, noon(MONDAY), rules("profanity", BLOCK),
                        OverrideReason.of(OverrideReason.Category.CUSTOMER_CONTEXT, "Kunden bad selv om det – ærligt talt")),
                CoachingEvent.overridden(draft, noon(MONDAY), rules("profanity", BLOCK),
                        OverrideReason.of(OverrideReason.Category.URGENT, null)),
                CoachingEvent.notHelpful(draft, noon(MONDAY), "no-but", WARNING));
        events.forEach(store::record);

        List<CoachingEvent> back = new ArrayList<>();
        for (CoachingEventEntity row : ao.find(CoachingEventEntity.class)) {
            back.add(EventRows.event(row));
        }
        back.sort((a, b) -> Integer.compare(events.indexOf(a), events.indexOf(b)));
        assertEquals(events, back);
    }

    @Test
    public void noReplyOrCustomerTextReachesTheDatabase() throws Exception {
        String marker = "Zanzibarkvartet";
        String reply = "Hej Peter\n\nJeg forstår din frustration, men " + marker + " er ikke vores fejl. "
                + "Du burde have læst betingelserne!!\n\nMed venlig hilsen\nAnna";
        String customer = "I er nogle idioter, " + marker + "!!";
        ReplyAnalyzer analyzer = ReplyAnalyzer.withDefaults();
        Clock clock = Clock.fixed(noon(MONDAY).toInstant(), ZoneOffset.UTC);
        CoachingRecorder recorder = new CoachingRecorder(store, clock, new DraftTracker(clock));
        ReplyRef ref = ReplyRef.of("anna", "SUP-7", "SUP").withDraft("d-1");
        recorder.checked(ref, analyzer.analyze(AnalysisRequest.of(reply).withCustomerText(customer)), reply);
        recorder.sent(ref, analyzer.analyze(AnalysisRequest.of(reply).withCustomerText(customer)), reply);

        int cells = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + TABLE)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    String v = rs.getString(i);
                    cells++;
                    if (v != null && (v.contains(marker) || v.contains("frustration") || v.contains("idioter"))) {
                        fail("text stored in " + rs.getMetaData().getColumnName(i) + ": " + v);
                    }
                }
            }
        }
        assertTrue(cells > 0);
    }

    @Test
    public void anUnreadableRowIsSkippedAndTheRestStillCounts() {
        store.record(Events.sent("anna", "SUP", MONDAY, 70, rules()));
        Map<String, Object> bogus = new HashMap<>(EventRows.columns(Events.sent("anna", "SUP", MONDAY, 10, rules())));
        bogus.put(CoachingEventEntity.KIND, "shouted");
        ao.create(CoachingEventEntity.class, bogus);
        Map<String, Object> badRules = new HashMap<>(EventRows.columns(Events.sent("anna", "SUP", MONDAY, 10, rules())));
        badRules.put(CoachingEventEntity.RULE_IDS, "no-but:x");
        ao.create(CoachingEventEntity.class, badRules);

        assertEquals(70, store.days(ReportScope.of(DayRange.day(MONDAY))).get(0).figures().scoreSum());
    }

    @Test
    public void aReadCoversABoundedRange() {
        try {
            store.days(ReportScope.of(DayRange.lastDays(ActiveObjectsCoachingStore.MAX_RANGE_DAYS + 1, MONDAY)));
            fail("a range beyond the bound must be refused");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains(String.valueOf(ActiveObjectsCoachingStore.MAX_RANGE_DAYS)));
        }
        assertFalse(store.days(ReportScope.of(DayRange.lastDays(ActiveObjectsCoachingStore.MAX_RANGE_DAYS, MONDAY)))
                .iterator().hasNext());
    }
}
