package dk.replycoach.coaching;

import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dk.replycoach.coaching.Events.MONDAY;
import static dk.replycoach.coaching.Events.noon;
import static dk.replycoach.coaching.Events.rules;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

public class CoachingEventTest {
    private final ReplyRef ref = ReplyRef.of("anna", "SUP-7", "SUP");

    @Test
    public void aDraftCheckNeedsADraftId() {
        refused(() -> CoachingEvent.checked(ref, noon(MONDAY), rules()));
        CoachingEvent.checked(ref.withDraft("d"), noon(MONDAY), rules());
    }

    @Test
    public void onlyASentReplyCarriesReplyFigures() {
        refused(() -> CoachingEvent.builder(EventKind.BLOCKED, ref, noon(MONDAY)).rules(rules("profanity", Severity.BLOCK)).score(50).build());
        refused(() -> CoachingEvent.builder(EventKind.FEEDBACK, ref, noon(MONDAY)).rules(rules("no-but", Severity.WARNING)).fixed(Set.of("x")).build());
    }

    @Test
    public void aSentReplyHasAScoreFrom0To100AndNoRuleBothFiredAndFixed() {
        refused(() -> CoachingEvent.builder(EventKind.SENT, ref, noon(MONDAY)).score(101).build());
        refused(() -> CoachingEvent.builder(EventKind.SENT, ref, noon(MONDAY)).score(-1).build());
        refused(() -> CoachingEvent.builder(EventKind.SENT, ref, noon(MONDAY)).language("Danish!").build());
        refused(() -> CoachingEvent.builder(EventKind.SENT, ref, noon(MONDAY))
                .rules(rules("no-but", Severity.WARNING)).fixed(Set.of("no-but")).build());
    }

    @Test
    public void blocksOverridesAndFeedbackNeedTheirRulesAndReasons() {
        refused(() -> CoachingEvent.blocked(ref, noon(MONDAY), rules()));
        refused(() -> CoachingEvent.builder(EventKind.OVERRIDDEN, ref, noon(MONDAY)).rules(rules("profanity", Severity.BLOCK)).build());
        refused(() -> CoachingEvent.builder(EventKind.BLOCKED, ref, noon(MONDAY)).rules(rules("profanity", Severity.BLOCK))
                .reason(OverrideReason.of(OverrideReason.Category.OTHER, null)).build());
        refused(() -> CoachingEvent.builder(EventKind.FEEDBACK, ref, noon(MONDAY))
                .rules(rules("no-but", Severity.WARNING, "excuse", Severity.WARNING)).build());
    }

    @Test
    public void ruleIdsMustLookLikeRuleIds() {
        for (String bad : new String[] {"No-But", "", "-x", "no but", "x".repeat(41), "<script>"}) {
            refused(() -> CoachingEvent.blocked(ref, noon(MONDAY), Map.of(bad, Severity.BLOCK)));
        }
        Map<String, Severity> tooMany = new TreeMap<>();
        for (int i = 0; i <= CoachingEvent.MAX_RULES; i++) {
            tooMany.put("r" + i, Severity.WARNING);
        }
        refused(() -> CoachingEvent.blocked(ref, noon(MONDAY), tooMany));
    }

    @Test
    public void keysAreCheckedWhereTheyEnter() {
        refused(() -> ReplyRef.of(" ", null, null));
        refused(() -> ReplyRef.of("a".repeat(256), null, null));
        refused(() -> ReplyRef.of("anna\u0000", null, null));
        refused(() -> ref.withDraft("has space"));
        refused(() -> ref.withDraft("x".repeat(65)));
        assertEquals("anna", ReplyRef.of("  anna ", null, null).agent());
    }

    @Test
    public void timesAreKeptToTheMillisecondAndTheDayAsRecorded() {
        CoachingEvent e = CoachingEvent.builder(EventKind.BLOCKED, ref, Instant.parse("2026-11-20T23:30:00.123456Z"),
                LocalDate.of(2026, 11, 21)).rules(rules("profanity", Severity.BLOCK)).build();
        assertEquals(Instant.parse("2026-11-20T23:30:00.123Z"), e.at());
        assertEquals(LocalDate.of(2026, 11, 21), e.day());
    }

    @Test
    public void anOverrideNoteIsShortAndOneLine() {
        assertEquals("a b", OverrideReason.of(OverrideReason.Category.OTHER, " a\nb ").note());
        assertEquals(null, OverrideReason.of(OverrideReason.Category.OTHER, "  ").note());
        OverrideReason.of(OverrideReason.Category.OTHER, "x".repeat(OverrideReason.MAX_NOTE));
        refused(() -> OverrideReason.of(OverrideReason.Category.OTHER, "x".repeat(OverrideReason.MAX_NOTE + 1)));
        assertEquals(OverrideReason.Category.CUSTOMER_CONTEXT, OverrideReason.Category.fromId("customer-context"));
    }

    private static void refused(Runnable r) {
        try {
            r.run();
            fail("expected IllegalArgumentException");
        } catch (IllegalArgumentException expected) {
            // refused
        }
    }
}
