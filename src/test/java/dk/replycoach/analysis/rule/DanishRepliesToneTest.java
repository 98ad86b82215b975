package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyAnalyzer;

import org.junit.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Whole Danish replies, good and bad, against the tone and conflict rules: the Danish stand-in for
 * the English corpus of real agent replies. The replies are in {@code danish-replies.txt}.
 */
public class DanishRepliesToneTest {
    private static final Set<String> RULES = Set.of(ShoutingRule.ID, ProfanityRule.ID, AbuseMirroringRule.ID,
            AvoidingRule.ID, CompetingRule.ID, ThankOpenerRule.ID, ConfirmUnderstandingRule.ID, AskFeelingsRule.ID);
    private static final ReplyAnalyzer ANALYZER = ReplyAnalyzer.withDefaults();

    private static final class Example {
        String name;
        String customer;
        Set<String> expected;
        final StringBuilder reply = new StringBuilder();
    }

    @Test
    public void everyReplyFiresExactlyTheExpectedRules() throws IOException {
        List<Example> examples = load();
        assertTrue("the fixture holds 15-20 replies", examples.size() >= 15 && examples.size() <= 20);
        List<String> wrong = new ArrayList<>();
        for (Example e : examples) {
            AnalysisRequest request = AnalysisRequest.of(e.reply.toString().strip()).withLanguage("da")
                    .withCustomerText(e.customer);
            Set<String> fired = new TreeSet<>();
            for (Finding f : ANALYZER.analyze(request).findings()) {
                if (RULES.contains(f.rule())) {
                    fired.add(f.rule());
                }
            }
            if (!fired.equals(e.expected)) {
                wrong.add(e.name + ": expected " + e.expected + " but got " + fired);
            }
        }
        assertEquals(String.join("\n", wrong), 0, wrong.size());
    }

    @Test
    public void theFixtureHasGoodAndBadReplies() throws IOException {
        List<Example> examples = load();
        long good = examples.stream().filter(e -> e.expected.isEmpty()).count();
        assertTrue("good replies: " + good, good >= 5 && good <= examples.size() - 5);
    }

    private static List<Example> load() throws IOException {
        List<Example> out = new ArrayList<>();
        try (InputStream in = DanishRepliesToneTest.class.getResourceAsStream("danish-replies.txt")) {
            assertNotNull("danish-replies.txt is on the test classpath", in);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Example current = null;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("=== ")) {
                    current = new Example();
                    current.name = line.substring(4).strip();
                    out.add(current);
                } else if (current == null || line.startsWith("#") && current.reply.length() == 0) {
                    continue;
                } else if (line.startsWith("customer:") && current.expected == null) {
                    current.customer = line.substring("customer:".length()).strip();
                } else if (line.startsWith("expect:") && current.expected == null) {
                    current.expected = new TreeSet<>();
                    for (String id : line.substring("expect:".length()).split(",")) {
                        if (!id.isBlank() && !id.strip().equals("-")) {
                            assertTrue("unknown rule " + id + " in " + current.name, RULES.contains(id.strip()));
                            current.expected.add(id.strip());
                        }
                    }
                } else {
                    current.reply.append(line).append('\n');
                }
            }
        }
        for (Example e : out) {
            assertNotNull("expect: line missing in " + e.name, e.expected);
        }
        return out;
    }
}
