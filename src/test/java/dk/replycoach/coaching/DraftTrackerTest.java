package dk.replycoach.coaching;

import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import static dk.replycoach.analysis.Severity.INFO;
import static dk.replycoach.analysis.Severity.WARNING;
import static dk.replycoach.coaching.Events.rules;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

public class DraftTrackerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));
    private final DraftTracker tracker = new DraftTracker(clock);

    @Test
    public void aCheckReportsWhetherItIsTheFirstAndWhichRulesAreNew() {
        DraftTracker.Noted first = tracker.note("anna", "SUP-1", "d1", rules("no-but", WARNING), 1);
        assertTrue(first.first());
        assertEquals(rules("no-but", WARNING), first.newlyShown());

        DraftTracker.Noted same = tracker.note("anna", "SUP-1", "d1", rules("no-but", WARNING), 2);
        assertFalse(same.first());
        assertTrue(same.newlyShown().isEmpty());

        DraftTracker.Noted more = tracker.note("anna", "SUP-1", "d1", rules("no-but", WARNING, "thank-opener", INFO), 3);
        assertEquals(rules("thank-opener", INFO), more.newlyShown());
    }

    @Test
    public void takeReturnsEverythingShownAndForgetsTheDraft() {
        tracker.note("anna", "SUP-1", "d1", rules("no-but", WARNING), 1);
        tracker.note("anna", "SUP-1", "d1", rules("excuse", WARNING), 2);
        assertEquals(Set.of("no-but", "excuse"), tracker.take("anna", "SUP-1", "d1", 0).get().shown());
        assertFalse(tracker.take("anna", "SUP-1", "d1", 0).isPresent());
        assertEquals(0, tracker.size());
    }

    @Test
    public void withoutADraftIdTheDraftThatLastSawTheSentTextWinsElseTheLatest() {
        tracker.note("anna", "SUP-1", "tab-a", rules("no-but", WARNING), 111);
        clock.advance(Duration.ofMinutes(1));
        tracker.note("anna", "SUP-1", "tab-b", rules("excuse", WARNING), 222);
        assertEquals("tab-a", tracker.take("anna", "SUP-1", null, 111).get().id());
        tracker.note("anna", "SUP-1", "tab-c", rules(), 333);
        clock.advance(Duration.ofMinutes(1));
        tracker.note("anna", "SUP-1", "tab-d", rules(), 444);
        assertEquals("tab-d", tracker.take("anna", "SUP-1", null, 999).get().id());
    }

    @Test
    public void draftsAreKeptPerAgentAndIssue() {
        tracker.note("anna", "SUP-1", "d1", rules("no-but", WARNING), 1);
        assertFalse(tracker.take("bo", "SUP-1", null, 1).isPresent());
        assertFalse(tracker.take("anna", "SUP-2", null, 1).isPresent());
        assertTrue(tracker.take("anna", "SUP-1", null, 1).isPresent());
    }

    @Test
    public void aDraftIsForgottenAfterTheTimeLimit() {
        tracker.note("anna", "SUP-1", "d1", rules("no-but", WARNING), 1);
        clock.advance(DraftTracker.DEFAULT_TTL.plusSeconds(1));
        assertFalse(tracker.take("anna", "SUP-1", "d1", 1).isPresent());
        DraftTracker.Noted again = tracker.note("anna", "SUP-1", "d1", rules("no-but", WARNING), 1);
        assertTrue("an expired draft starts over", again.first());
    }

    @Test
    public void theTrackerHoldsABoundedNumberOfIssuesAndDrafts() {
        DraftTracker small = new DraftTracker(clock, Duration.ofHours(1), 3);
        for (int i = 0; i < 10; i++) {
            small.note("anna", "SUP-" + i, "d", rules(), i);
        }
        assertEquals(3, small.size());
        assertTrue("the most recent issues stay", small.take("anna", "SUP-9", "d", 0).isPresent());
        assertFalse("the oldest issues go", small.take("anna", "SUP-0", "d", 0).isPresent());

        for (int i = 0; i < 20; i++) {
            tracker.note("anna", "SUP-1", "d" + i, rules(), i);
        }
        assertEquals(DraftTracker.MAX_DRAFTS_PER_ISSUE, tracker.size());
    }

    @Test
    public void theFingerprintIgnoresLineEndingsAndSurroundingSpace() {
        assertEquals(DraftTracker.fingerprint("Hej Peter\r\n\r\nTak  for det."), DraftTracker.fingerprint("  Hej Peter\n\nTak for det.\n"));
        assertNotEquals(DraftTracker.fingerprint("Tak for det."), DraftTracker.fingerprint("Tak for dit."));
    }

    @Test
    public void aDraftRemembersAtMostTheRuleLimit() {
        Map<String, Severity> many = new java.util.TreeMap<>();
        for (int i = 0; i < CoachingEvent.MAX_RULES + 10; i++) {
            many.put("rule-" + i, WARNING);
        }
        assertEquals(CoachingEvent.MAX_RULES, tracker.note("anna", "SUP-1", "d1", many, 1).newlyShown().size());
    }

    /** A clock tests can move. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        private ZoneId zone = ZoneOffset.UTC;

        /** The same moving time, seen from another zone. */
        Clock withZoneHere(ZoneId zone) {
            MutableClock outer = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId z) {
                    return outer.withZoneHere(z);
                }

                @Override
                public Instant instant() {
                    return outer.instant();
                }
            };
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return withZoneHere(zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
