package dk.replycoach.analysis.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of DESIGN §3, in catalog order. The ids are a public contract (config, stats, REST,
 * CLI): never rename one.
 */
public final class RuleCatalog {
    private static final List<Rule> RULES = List.of(
            new AcknowledgeRule(),
            new NoButRule(),
            new BriefInformationRule(),
            new OpenQuestionRule(),
            new ExcuseRule(),
            new BlameCustomerRule(),
            new OwnershipPlanRule(),
            new CondescendingRule(),
            new ShoutingRule(),
            new ProfanityRule(),
            new AbuseMirroringRule(),
            new AvoidingRule(),
            new CompetingRule(),
            new ThankOpenerRule(),
            new ConfirmUnderstandingRule(),
            new AskFeelingsRule());

    private static final Map<String, Rule> BY_ID = index();

    private RuleCatalog() {
    }

    private static Map<String, Rule> index() {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : RULES) {
            if (m.put(r.id(), r) != null) {
                throw new IllegalStateException("duplicate rule id " + r.id());
            }
        }
        return m;
    }

    public static List<Rule> rules() {
        return RULES;
    }

    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    public static Optional<Rule> rule(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public static Optional<RuleDescriptor> descriptor(String id) {
        return rule(id).map(Rule::descriptor);
    }
}
