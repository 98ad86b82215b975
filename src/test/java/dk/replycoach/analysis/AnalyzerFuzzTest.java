package dk.replycoach.analysis;

import com.pholser.junit.quickcheck.From;
import com.pholser.junit.quickcheck.Property;
import com.pholser.junit.quickcheck.generator.GenerationStatus;
import com.pholser.junit.quickcheck.generator.Generator;
import com.pholser.junit.quickcheck.random.SourceOfRandomness;
import com.pholser.junit.quickcheck.runner.JUnitQuickcheck;
import dk.replycoach.json.JsonParser;
import dk.replycoach.json.ReportJson;
import org.junit.runner.RunWith;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Hostile input in bulk: one million generated texts across the properties of this class (five
 * kinds of text, 200,000 each). Every one must give a report without an exception, stay within the
 * truncation cap, keep every offset inside the text with excerpts equal to the text there, and
 * serialise to JSON that parses back.
 */
@RunWith(JUnitQuickcheck.class)
public class AnalyzerFuzzTest {
    private static final ReplyAnalyzer ANALYZER = ReplyAnalyzer.withDefaults();
    private static final int CAP = RuleSettings.DEFAULT_MAX_CHARS;

    /**
     * Fails with a message that any test report can carry: a failing input's raw characters
     * (NUL, lone surrogates) would cut the report short, so it is described in escapes.
     */
    static void assertSound(String text, String customer) {
        try {
            checkSound(text, customer);
        } catch (Throwable e) {
            AssertionError failure = new AssertionError("unsound report for text " + describe(text)
                    + (customer == null ? "" : " and customer " + describe(customer)) + ": " + e, e);
            throw failure;
        }
    }

    /** Length and the first 300 characters, non-printable ASCII and everything past it as \\uXXXX. */
    static String describe(String s) {
        StringBuilder sb = new StringBuilder().append(s.length()).append(" chars \"");
        for (int i = 0; i < Math.min(s.length(), 300); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append(s.length() > 300 ? "\"..." : "\"").toString();
    }

    private static void checkSound(String text, String customer) {
        ReplyReport r = ANALYZER.analyze(AnalysisRequest.of(text).withCustomerText(customer));
        assertTrue("analysis is bounded by the cap", r.stats().words() <= CAP && r.findings().size() <= CAP);
        assertEquals(text.length() > CAP, r.truncated());
        for (Finding f : r.findings()) {
            assertTrue(f.toString(), f.start() >= 0 && f.start() <= f.end() && f.end() <= Math.min(text.length(), CAP));
            assertEquals(text.substring(f.start(), f.end()), f.excerpt());
            f.suggestion().ifPresent(s -> assertTrue(s.start() >= 0 && s.end() <= text.length()));
        }
        JsonParser.parse(ReportJson.toJson(r));
    }

    @Property(trials = 200_000)
    public void randomUnicode(@From(RandomUnicode.class) String text) {
        assertSound(text, null);
    }

    @Property(trials = 200_000)
    public void brokenWikiMarkupAndHtml(@From(BrokenMarkup.class) String text) {
        assertSound(text, null);
    }

    @Property(trials = 200_000)
    public void mixedDanishAndEnglishWithCustomer(@From(MixedReplies.class) String text, @From(MixedReplies.class) String customer) {
        assertSound(text, customer);
    }

    @Property(trials = 200_000)
    public void onlyPunctuationAndSpace(@From(Punctuation.class) String text) {
        assertSound(text, text);
    }

    @Property(trials = 200_000)
    public void fragmentsOfEveryKind(@From(AnalyzerPropertyTest.HostileText.class) String text) {
        assertSound(text, null);
    }

    /** Rarely a huge token or line, to hit the cap; mostly short. */
    static int length(SourceOfRandomness r) {
        int pick = r.nextInt(0, 999);
        if (pick == 0) {
            return r.nextInt(20_000, 100_000);
        }
        return pick < 900 ? r.nextInt(0, 200) : r.nextInt(200, 3000);
    }

    /** Any UTF-16 code unit: lone surrogates, controls, RTL marks, combining marks, emoji halves. */
    public static final class RandomUnicode extends Generator<String> {
        public RandomUnicode() {
            super(String.class);
        }

        @Override
        public String generate(SourceOfRandomness r, GenerationStatus status) {
            int n = length(r);
            StringBuilder sb = new StringBuilder(n);
            boolean oneToken = r.nextInt(0, 9) == 0;
            for (int i = 0; i < n; i++) {
                int kind = r.nextInt(0, 9);
                char c;
                if (oneToken) {
                    c = (char) r.nextInt('a', 'z');
                } else if (kind < 4) {
                    c = r.nextChar(' ', '~');
                } else if (kind < 6) {
                    String special = "æøåÆØÅéü\u202e\u200f\u0301\u00a0\u2028\t\n\r\u0000";
                    c = special.charAt(r.nextInt(0, special.length() - 1));
                } else {
                    c = r.nextChar(Character.MIN_VALUE, Character.MAX_VALUE);
                }
                sb.append(c);
            }
            return sb.toString();
        }
    }

    /** Unbalanced and deeply nested wiki macros, quotes, links and HTML. */
    public static final class BrokenMarkup extends Generator<String> {
        private static final String[] PIECES = {"{quote}", "{code}", "{code:java}", "{noformat}", "{color:red}", "{panel}",
            "[", "]", "[a|", "|http://x]", "[~", "!a.png!", "!", "bq. ", "\n> ", "\nh1. ", "<script>alert(1)</script>",
            "<b>", "</", "&amp;", "\"", "“", "”", "«", "„", "*", "_", "{{", "}}", "\n-- \n", "\nOn x wrote:\n",
            "men ", "but ", "Hej,\n", "Mvh\n"};

        public BrokenMarkup() {
            super(String.class);
        }

        @Override
        public String generate(SourceOfRandomness r, GenerationStatus status) {
            StringBuilder sb = new StringBuilder();
            int depth = r.nextInt(0, 9) == 0 ? r.nextInt(100, 3000) : r.nextInt(0, 40);
            for (int i = 0; i < depth; i++) {
                sb.append(PIECES[r.nextInt(0, PIECES.length - 1)]);
                if (r.nextBoolean()) {
                    sb.append("ord ");
                }
            }
            return sb.toString();
        }
    }

    /** Plausible replies mixing both languages, capitals and exclamation runs. */
    public static final class MixedReplies extends Generator<String> {
        private static final String[] WORDS = {"Jeg", "forstår", "din", "frustration", "men", "pakken", "er", "sendt",
            "I", "understand", "but", "the", "parcel", "is", "late", "SOM", "SAGT", "idiot", "fuck", "tak", "thanks",
            "hvad", "what", "kan", "can", "jeg", "vender", "tilbage", "i", "morgen", "tomorrow", "VPN", "GDPR", "!!!",
            "?", ".", ",", "\n", "\n\n", "f.eks.", "e.g.", "kl.", "12.30", "ABC-123", "@anna", "a@b.dk", "https://x.dk/a"};

        public MixedReplies() {
            super(String.class);
        }

        @Override
        public String generate(SourceOfRandomness r, GenerationStatus status) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(0, 120);
            for (int i = 0; i < n; i++) {
                sb.append(WORDS[r.nextInt(0, WORDS.length - 1)]).append(r.nextInt(0, 4) == 0 ? "" : " ");
            }
            return sb.toString();
        }
    }

    /** Nothing but punctuation, symbols and white space. */
    public static final class Punctuation extends Generator<String> {
        private static final String CHARS = ".,;:!?-–—…'\"()[]{}<>/\\|*_#@&%$€^~`+= \n\t";

        public Punctuation() {
            super(String.class);
        }

        @Override
        public String generate(SourceOfRandomness r, GenerationStatus status) {
            int n = length(r);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(CHARS.charAt(r.nextInt(0, CHARS.length() - 1)));
            }
            return sb.toString();
        }
    }
}
