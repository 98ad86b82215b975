package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.ReplyReport;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;

/**
 * Example-driven rule tests in the spirit of Error Prone's "BUG: Diagnostic contains" markers:
 * write the reply with {@code [[...]]} around every span the rule must flag; the helper removes the
 * markers, analyses the reply and checks that the rule fires on exactly those spans and nowhere
 * else. A reply without markers must leave the rule quiet.
 */
public final class RuleExamples {
    private static final ReplyAnalyzer ANALYZER = ReplyAnalyzer.withDefaults();

    private final String ruleId;
    private final String language;
    private String customer;

    private RuleExamples(String ruleId, String language) {
        this.ruleId = ruleId;
        this.language = language;
    }

    public static RuleExamples danish(String ruleId) {
        return new RuleExamples(ruleId, "da");
    }

    public static RuleExamples english(String ruleId) {
        return new RuleExamples(ruleId, "en");
    }

    /** The customer's message that the reply answers. */
    public RuleExamples customer(String customerMessage) {
        RuleExamples copy = new RuleExamples(ruleId, language);
        copy.customer = customerMessage;
        return copy;
    }

    /** Asserts the rule flags exactly the marked spans (none if there are no markers). */
    public List<Finding> check(String markedReply) {
        List<int[]> expected = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        int open = -1;
        while (i < markedReply.length()) {
            if (markedReply.startsWith("[[", i)) {
                open = text.length();
                i += 2;
            } else if (markedReply.startsWith("]]", i) && open >= 0) {
                expected.add(new int[] {open, text.length()});
                open = -1;
                i += 2;
            } else {
                text.append(markedReply.charAt(i++));
            }
        }
        String reply = text.toString();
        ReplyReport report = ANALYZER.analyze(AnalysisRequest.of(reply).withLanguage(language)
                .withCustomerText(customer).withUiLanguage("en"));
        List<Finding> actual = report.findings().stream().filter(f -> f.rule().equals(ruleId)).collect(Collectors.toList());
        String want = expected.stream().map(s -> "'" + reply.substring(s[0], s[1]) + "'@" + s[0]).collect(Collectors.joining(", "));
        String got = actual.stream().map(f -> "'" + f.excerpt() + "'@" + f.start()).collect(Collectors.joining(", "));
        assertEquals(ruleId + " on: " + reply, "[" + want + "]", "[" + got + "]");
        return actual;
    }

    /** Asserts the rule does not fire. */
    public void quiet(String reply) {
        if (reply.contains("[[")) {
            throw new IllegalArgumentException("a quiet example must not hold markers: " + reply);
        }
        check(reply);
    }
}
