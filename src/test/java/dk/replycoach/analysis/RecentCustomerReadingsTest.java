package dk.replycoach.analysis;

import org.junit.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;

public class RecentCustomerReadingsTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final Function<String, CustomerReading> read = text -> {
        reads.incrementAndGet();
        return new CustomerReading("da", text.contains("!"), false, text.length(), 0);
    };

    @Test
    public void theSameMessageIsReadOnce() {
        RecentCustomerReadings recent = new RecentCustomerReadings();
        CustomerReading first = recent.get("Hvor er min pakke!", read);
        // An equal text in another String, as each request parses its own.
        CustomerReading again = recent.get(new String("Hvor er min pakke!".toCharArray()), read);
        assertSame(first, again);
        assertEquals(1, reads.get());
    }

    @Test
    public void messagesThatDifferInOneCharacterOrInOrderAreReadApart() {
        RecentCustomerReadings recent = new RecentCustomerReadings();
        for (String text : new String[] {"ab", "ba", "ab ", "Ab", "a\u0000b", "", "\u00e6\u00f8\u00e5", "\u00e5\u00f8\u00e6"}) {
            recent.get(text, read);
        }
        assertEquals(8, reads.get());
        assertEquals(8, recent.size());
    }

    @Test
    public void fingerprintsOfManySimilarTextsDoNotCollide() {
        Set<RecentCustomerReadings.Fingerprint> seen = new HashSet<>();
        int n = 0;
        for (int i = 0; i < 200_000; i++) {
            seen.add(RecentCustomerReadings.Fingerprint.of("Ordre " + i + " er ikke kommet"));
            n++;
        }
        assertEquals(n, seen.size());
        assertEquals(RecentCustomerReadings.Fingerprint.of("same"), RecentCustomerReadings.Fingerprint.of("same"));
        assertNotEquals(RecentCustomerReadings.Fingerprint.of("same"), RecentCustomerReadings.Fingerprint.of("Same"));
    }

    @Test
    public void theLeastRecentlyUsedReadingGoesFirstWhenFull() {
        RecentCustomerReadings recent = new RecentCustomerReadings();
        recent.get("message 0", read);
        for (int i = 1; i < RecentCustomerReadings.CAPACITY; i++) {
            recent.get("message " + i, read);
        }
        recent.get("message 0", read);      // used again: now the most recent
        recent.get("one more", read);        // evicts "message 1", the least recently used
        assertEquals(RecentCustomerReadings.CAPACITY, recent.size());
        int before = reads.get();
        recent.get("message 0", read);
        assertEquals("still remembered", before, reads.get());
        recent.get("message 1", read);
        assertEquals("read again after eviction", before + 1, reads.get());
    }

    @Test
    public void anAnalyzerRemembersEachCustomerMessageOnce() {
        ReplyAnalyzer analyzer = ReplyAnalyzer.withDefaults();
        for (String draft : new String[] {"Tak.", "Tak for din besked.", "Tak for din besked. Hvad kan jeg gøre?"}) {
            analyzer.analyze(AnalysisRequest.of(draft).withCustomerText("Hvor er min pakke?"));
        }
        assertEquals(1, analyzer.rememberedCustomerReadings());
        analyzer.analyze(AnalysisRequest.of("Tak.").withCustomerText("Hvor er min faktura?"));
        analyzer.analyze(AnalysisRequest.of("Tak."));
        assertEquals(2, analyzer.rememberedCustomerReadings());
    }

    @Test
    public void anAnalyzerGivesTheSameReadingFromMemoryAsFresh() {
        String customer = "I have waited THREE WEEKS!! This is a joke, you are useless.";
        ReplyAnalyzer analyzer = ReplyAnalyzer.withDefaults();
        CustomerReading fresh = ReplyAnalyzer.withDefaults().analyze(AnalysisRequest.of("Thanks.").withCustomerText(customer))
                .customer().orElseThrow();
        for (String draft : new String[] {"Thanks.", "Thanks for writing.", "Thanks for writing. What would help?"}) {
            CustomerReading reused = analyzer.analyze(AnalysisRequest.of(draft).withCustomerText(customer)).customer().orElseThrow();
            assertEquals(fresh.angry(), reused.angry());
            assertEquals(fresh.abusive(), reused.abusive());
            assertEquals(fresh.language(), reused.language());
            assertEquals(fresh.words(), reused.words());
            assertEquals(fresh.questions(), reused.questions());
        }
    }
}
