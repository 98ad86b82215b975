package dk.replycoach.report;

import dk.replycoach.analysis.Messages;

/**
 * A rule's name and guidance in the reader's language, looked up by rule id. Reports also meet ids
 * of rules that no longer exist (old events), which show as their id and without guidance.
 */
public interface RuleTexts {
    String name(String ruleId);

    /** Why the rule matters and what to do instead; empty when there is none. */
    String guidance(String ruleId);

    static RuleTexts of(Messages messages) {
        return new RuleTexts() {
            @Override
            public String name(String ruleId) {
                String key = "replycoach.rule." + ruleId + ".name";
                return messages.has(key) ? messages.get(key) : ruleId;
            }

            @Override
            public String guidance(String ruleId) {
                String key = "replycoach.rule." + ruleId + ".guidance";
                return messages.has(key) ? messages.get(key) : "";
            }
        };
    }
}
