package dk.replycoach.analysis;

import com.pholser.junit.quickcheck.From;
import com.pholser.junit.quickcheck.Property;
import com.pholser.junit.quickcheck.generator.GenerationStatus;
import com.pholser.junit.quickcheck.generator.Generator;
import com.pholser.junit.quickcheck.random.SourceOfRandomness;
import com.pholser.junit.quickcheck.runner.JUnitQuickcheck;
import org.junit.runner.RunWith;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Any string gives a report: no exception, offsets inside the text, excerpts equal to the text at
 * their offsets, suggestions inside the text, a score within 0–100.
 */
@RunWith(JUnitQuickcheck.class)
public class AnalyzerPropertyTest {
    private static final ReplyAnalyzer ANALYZER = ReplyAnalyzer.withDefaults();

    @Property(trials = 3000)
    public void anyTextGivesAConsistentReport(@From(HostileText.class) String text, @From(HostileText.class) String customer) {
        ReplyReport r = ANALYZER.analyze(AnalysisRequest.of(text).withCustomerText(customer));
        assertNotNull(r);
        assertTrue(r.score() >= 0 && r.score() <= 100);
        for (Finding f : r.findings()) {
            assertTrue(f.toString(), f.start() >= 0 && f.end() <= text.length() && f.start() <= f.end());
            assertEquals(text.substring(f.start(), f.end()), f.excerpt());
            f.suggestion().ifPresent(s -> {
                assertTrue(s.start() >= 0 && s.end() <= text.length());
                s.applyTo(text);
            });
        }
    }

    /** Replies built from fragments that stress the cleaner, tokenizer and rules. */
    public static final class HostileText extends Generator<String> {
        private static final String[] FRAGMENTS = {
            "Jeg forstår din frustration, men ", "I'm sorry, but ", "{quote}", "{code}", "{noformat}", "bq. ", "> ",
            "\n", "\n\n", "-- \n", "Med venlig hilsen\n", "Kind regards,\n", "Hej Peter,\n", "Hi Kate,", "!!!", "???",
            "SOM SAGT ", "f.eks. ", "e.g. ", "https://x.dk/a.b?c", "a@b.dk", "@handle", "ABC-123", "1.000,50",
            "[link|http://x]", "[~user]", "!img.png!", "{color:red}", "\"", "“", "«", "'", "’", "\ud83d\ude00", "\ud800",
            "\udc00", "\u202e", "\u0000", "\t", "æøå ", "Ж", "中文", "<script>alert(1)</script>", "&amp;", "*", "_",
            "On Mon, Anna wrote:\n", "Den 3. juni skrev Anna:\n", "-----Original Message-----\n", "Hvad kan jeg gøre?",
            "What can I do?", "du burde have ", "det er vores politik ", "fuck ", "idiot ", " ", ".", ",", "?", "!",
            "NOT ", "VPN ", "x".repeat(300),
        };

        public HostileText() {
            super(String.class);
        }

        @Override
        public String generate(SourceOfRandomness random, GenerationStatus status) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(0, 40);
            for (int i = 0; i < parts; i++) {
                if (random.nextInt(0, 4) == 0) {
                    int n = random.nextInt(1, 12);
                    for (int k = 0; k < n; k++) {
                        sb.append(random.nextChar(Character.MIN_VALUE, Character.MAX_VALUE));
                    }
                } else {
                    sb.append(FRAGMENTS[random.nextInt(0, FRAGMENTS.length - 1)]);
                }
            }
            return sb.toString();
        }
    }
}
