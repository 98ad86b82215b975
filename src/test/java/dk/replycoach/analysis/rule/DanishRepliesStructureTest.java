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
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Whole Danish replies, good and bad, from {@code replies/da-agent-replies.txt}: for each, exactly
 * the listed step and tone rules fire. There is no public corpus of Danish agent replies, so this
 * fixture stands in for one; add a reply whenever a Danish false alarm or miss turns up.
 */
public class DanishRepliesStructureTest {
    private static final Set<String> RULES = Set.of(AcknowledgeRule.ID, NoButRule.ID, BriefInformationRule.ID,
            OpenQuestionRule.ID, ExcuseRule.ID, BlameCustomerRule.ID, OwnershipPlanRule.ID, CondescendingRule.ID);
    private static final ReplyAnalyzer ANALYZER = ReplyAnalyzer.withDefaults();

    private static final class Example {
        final String name;
        final Set<String> fires;
        final String reply;

        Example(String name, Set<String> fires, String reply) {
            this.name = name;
            this.fires = fires;
            this.reply = reply;
        }
    }

    @Test
    public void eachReplyFiresExactlyTheListedRules() throws IOException {
        List<Example> examples = examples();
        assertTrue("the fixture holds 15 to 20 replies", examples.size() >= 15 && examples.size() <= 20);
        List<String> wrong = new ArrayList<>();
        for (Example e : examples) {
            Set<String> fired = ANALYZER.analyze(AnalysisRequest.of(e.reply).withLanguage("da")).findings().stream()
                    .map(Finding::rule).filter(RULES::contains).collect(Collectors.toCollection(TreeSet::new));
            if (!fired.equals(e.fires)) {
                wrong.add(e.name + ": expected " + e.fires + " but got " + fired);
            }
        }
        assertEquals(String.join("\n", wrong), 0, wrong.size());
    }

    @Test
    public void theLanguageIsRecognisedAsDanish() throws IOException {
        for (Example e : examples()) {
            assertEquals(e.name, "da", ANALYZER.analyze(AnalysisRequest.of(e.reply)).language());
        }
    }

    private static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        try (InputStream in = DanishRepliesStructureTest.class.getResourceAsStream("/replies/da-agent-replies.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name = null;
            Set<String> fires = null;
            StringBuilder reply = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("=== ")) {
                    add(out, name, fires, reply);
                    name = line.substring(4).trim();
                    fires = null;
                    reply.setLength(0);
                } else if (name != null && fires == null && line.startsWith("fires:")) {
                    fires = parse(line.substring(6));
                } else if (name != null) {
                    reply.append(line).append('\n');
                }
            }
            add(out, name, fires, reply);
        }
        return out;
    }

    private static void add(List<Example> out, String name, Set<String> fires, StringBuilder reply) {
        if (name != null) {
            out.add(new Example(name, fires, reply.toString().strip()));
        }
    }

    private static Set<String> parse(String list) {
        Set<String> ids = new TreeSet<>();
        for (String id : list.split(",")) {
            String t = id.trim();
            if (!t.isEmpty() && !t.equals("-")) {
                assertTrue("unknown rule " + t, RULES.contains(t));
                ids.add(t);
            }
        }
        return ids;
    }

}
