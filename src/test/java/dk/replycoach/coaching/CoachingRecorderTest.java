package dk.replycoach.coaching;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.guidance.ConflictStyle;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class CoachingRecorderTest {
    private final DraftTrackerTest.MutableClock clock = new DraftTrackerTest.MutableClock(Instant.parse("2026-11-20T23:30:00Z"));
    private final InMemoryCoachingStore store = new InMemoryCoachingStore();
    private final CoachingRecorder recorder = new CoachingRecorder(store, clock, new DraftTracker(clock));
    private final ReplyRef draft = ReplyRef.of("anna", "SUP-7", "SUP").withDraft("d-1");

    @Test
    public void onlyTheFirstCheckAndChecksThatShowSomethingNewAreRecorded() {
        assertTrue(recorder.checked(draft, Reports.withRules(), "Hej").isPresent());
        assertFalse(recorder.checked(draft, Reports.withRules(), "Hej P").isPresent());
        Optional<CoachingEvent> e = recorder.checked(draft, Reports.withRules("no-but"), "Hej Peter, men");
        assertEquals(Set.of("no-but"), e.get().rules().keySet());
        assertFalse(recorder.checked(draft, Reports.withRules("no-but"), "Hej Peter, men nej").isPresent());
        assertEquals(2, store.draftEvents("anna", "SUP-7", Instant.EPOCH).size());
    }

    @Test
    public void sentCountsAsFixedWhatWasShownAndIsGoneAndReadsTheFinalReport() {
        recorder.checked(draft, Reports.withRules("acknowledge", "no-but"), "a");
        recorder.checked(draft, Reports.withRules("excuse"), "b");
        Finding info = new Finding("thank-opener", Severity.INFO, 0, 1, "x", "m", "g", null);
        Finding warn = new Finding("no-but", Severity.WARNING, 0, 1, "x", "m", "g", null);
        Finding block = new Finding("no-but", Severity.BLOCK, 2, 3, "x", "m", "g", null);
        CoachingEvent sent = recorder.sent(ReplyRef.of("anna", "SUP-7", "SUP"),
                Reports.report(64, List.of(info, warn, block), ConflictStyle.COMPETING), "final");

        assertEquals("d-1", sent.ref().draftId());
        assertEquals(Set.of("acknowledge", "excuse"), sent.fixed());
        assertEquals(Map.of("thank-opener", Severity.INFO, "no-but", Severity.BLOCK), sent.rules());
        assertEquals(64, sent.score());
        assertEquals(42, sent.words());
        assertEquals("da", sent.language());
        assertEquals(ConflictStyle.COMPETING, sent.style());
        assertTrue(sent.coached());
        assertTrue(sent.hasBlock());
    }

    @Test
    public void aReplyWrittenWithoutTheCheckerHasNothingFixedAndWasNotCoached() {
        CoachingEvent sent = recorder.sent(ReplyRef.of("anna", "SUP-7", "SUP"), Reports.withRules("no-but"), "x");
        assertNull(sent.ref().draftId());
        assertTrue(sent.fixed().isEmpty());
        assertFalse(sent.coached());
    }

    @Test
    public void aDraftAlreadySentIsNotUsedForTheNextReplyOnTheIssue() {
        recorder.checked(draft, Reports.withRules("acknowledge"), "a");
        recorder.sent(ReplyRef.of("anna", "SUP-7", "SUP"), Reports.withRules(), "a");
        // A restart empties this node's tracker; the store still has the sent draft.
        CoachingRecorder restarted = new CoachingRecorder(store, clock, new DraftTracker(clock));
        CoachingEvent next = restarted.sent(ReplyRef.of("anna", "SUP-7", "SUP"), Reports.withRules(), "b");
        assertNull(next.ref().draftId());
        assertTrue(next.fixed().isEmpty());
    }

    @Test
    public void checksOlderThanTheTimeLimitAreNotJoined() {
        recorder.checked(draft, Reports.withRules("acknowledge"), "a");
        clock.advance(DraftTracker.DEFAULT_TTL.plus(Duration.ofMinutes(1)));
        CoachingEvent sent = recorder.sent(ReplyRef.of("anna", "SUP-7", "SUP"), Reports.withRules(), "a");
        assertTrue(sent.fixed().isEmpty());
    }

    @Test
    public void theClocksZoneDecidesTheDay() {
        CoachingRecorder copenhagen = new CoachingRecorder(store, clock.withZoneHere(ZoneId.of("Europe/Copenhagen")),
                new DraftTracker(clock));
        CoachingEvent e = copenhagen.blocked(ReplyRef.agent("anna"), Map.of("profanity", Severity.BLOCK));
        assertEquals(LocalDate.of(2026, 11, 20), e.at().atZone(ZoneId.of("UTC")).toLocalDate());
        assertEquals(LocalDate.of(2026, 11, 21), e.day());
    }

    @Test
    public void blocksOverridesAndFeedbackAreRecordedAsTheyAre() {
        recorder.blocked(draft, Map.of("profanity", Severity.BLOCK));
        recorder.overridden(draft, Map.of("profanity", Severity.BLOCK), OverrideReason.of(OverrideReason.Category.INTENDED, "citat"));
        recorder.notHelpful(draft, "no-but", Severity.WARNING);
        CoachingFigures f = store.days(ReportScope.of(DayRange.day(LocalDate.of(2026, 11, 20)))).get(0).figures();
        assertEquals(1, f.blocked());
        assertEquals(1, f.overrides());
        assertEquals(Map.of("no-but", 1), f.notHelpful());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aCheckNeedsADraftId() {
        recorder.checked(ReplyRef.of("anna", "SUP-7", "SUP"), Reports.withRules(), "x");
    }
}
