package dk.replycoach.corpus;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.CustomerReading;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.ReplyReport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the engine over the shared corpus and prints, per rule, how often it fires on real agent
 * replies with a few examples, and how well the customer reading finds offensive Danish comments.
 * A tool for finding false alarms and misses; run it with
 * {@code mvn -q test-compile exec:java}-style classpath or from the IDE:
 * {@code java -cp target/classes:target/test-classes dk.replycoach.corpus.CorpusEvaluation [rule] [examples]}.
 */
public final class CorpusEvaluation {
    private static final ReplyAnalyzer ANALYZER = ReplyAnalyzer.withDefaults();

    public static void main(String[] args) throws IOException {
        if (!Corpus.available()) {
            System.err.println("corpus not found at " + Corpus.root().toAbsolutePath());
            System.exit(2);
        }
        String onlyRule = args.length > 0 && !args[0].isEmpty() ? args[0] : null;
        int examples = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        agentReplies("en_agent_replies/ibm_twitter_cdp_pairs.csv", "agent_reply", "customer_message", onlyRule, examples);
        agentReplies("en_agent_replies/twcs_agent_replies_sample.csv", "agent_reply", null, onlyRule, examples);
        OffensiveScore s = offensive();
        System.out.printf("%nDKHate customer reading: abusive precision %.2f recall %.2f (OFF=%d, flagged=%d, hit=%d); angry recall %.2f%n",
                s.precision(), s.recall(), s.offensive, s.flagged, s.hits, s.angryRecall());
    }

    /** Rule id → replies it fired on, for one CSV of agent replies. */
    public static Map<String, List<String>> firings(String file, String replyColumn, String customerColumn) throws IOException {
        Map<String, List<String>> byRule = new TreeMap<>();
        for (Map<String, String> row : Corpus.rows(file)) {
            String reply = row.get(replyColumn);
            String customer = customerColumn == null ? null : row.get(customerColumn);
            ReplyReport r = ANALYZER.analyze(AnalysisRequest.of(reply).withCustomerText(customer).withLanguage("en"));
            for (Finding f : r.findings()) {
                byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add("[" + f.excerpt() + "] in: " + reply.replace('\n', ' '));
            }
        }
        return byRule;
    }

    private static void agentReplies(String file, String replyColumn, String customerColumn, String onlyRule, int examples)
            throws IOException {
        int total = Corpus.rows(file).size();
        System.out.printf("%n== %s (%d replies)%n", file, total);
        for (Map.Entry<String, List<String>> e : firings(file, replyColumn, customerColumn).entrySet()) {
            if (onlyRule != null && !onlyRule.equals(e.getKey())) {
                continue;
            }
            System.out.printf("%-22s %5d findings%n", e.getKey(), e.getValue().size());
            e.getValue().stream().limit(examples).forEach(x -> System.out.println("      " + x));
        }
    }

    /** How the customer reading's "abusive" flag agrees with DKHate's OFF labels. */
    public static OffensiveScore offensive() throws IOException {
        OffensiveScore s = new OffensiveScore();
        for (Map<String, String> row : Corpus.rows("da_offensive/dkhate_oe20da_sample.csv")) {
            boolean off = "OFF".equals(row.get("subtask_a"));
            CustomerReading c = ANALYZER.analyze(AnalysisRequest.of("Tak.").withCustomerText(row.get("text"))).customer().orElseThrow();
            if (off) {
                s.offensive++;
                if (c.angry()) {
                    s.angryOnOffensive++;
                }
            }
            if (c.abusive()) {
                s.flagged++;
                if (off) {
                    s.hits++;
                }
            }
        }
        return s;
    }

    /** Counts for precision and recall. */
    public static final class OffensiveScore {
        int offensive;
        int flagged;
        int hits;
        int angryOnOffensive;

        public double precision() {
            return flagged == 0 ? 0 : (double) hits / flagged;
        }

        public double recall() {
            return offensive == 0 ? 0 : (double) hits / offensive;
        }

        /** Share of offensive comments read as angry (every abusive reading is angry too). */
        public double angryRecall() {
            return offensive == 0 ? 0 : (double) angryOnOffensive / offensive;
        }
    }
}
