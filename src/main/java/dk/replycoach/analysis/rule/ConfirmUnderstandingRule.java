package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.CustomerReading;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.text.Sentence;

import java.util.List;

/**
 * {@code confirm-understanding}: the customer's message is long or asks many things, and the reply
 * does not check that it understood ("Hvis jeg forstod dig rigtigt ...").
 *
 * <p>Why: assuming we know what the customer needs sounds condescending and frustrates them when
 * we turn out to be wrong. Asking for confirmation shows respect.
 *
 * <p>Customer: a long mail with three questions. Bad (da): an answer to one of them.<br>
 * Good (da): "Hvis jeg forstod dig rigtigt, drejer det sig om fakturaen fra marts."<br>
 * Bad (en): a reply that answers what the agent guessed.<br>
 * Good (en): "If I understood you correctly, the March invoice is the one that's wrong."
 *
 * <p>Needs the customer's message; without it the rule does not run.
 */
public final class ConfirmUnderstandingRule extends Rule {
    public static final String ID = "confirm-understanding";

    public ConfirmUnderstandingRule() {
        super(new RuleDescriptor(ID, Severity.INFO, "LiveAgent: empathy statements", true, List.of(
                new RuleParameter("customerLongWords", 80, 10, 10000),
                new RuleParameter("customerManyQuestions", 3, 1, 100))));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        CustomerReading customer = reply.customer().orElse(null);
        if (customer == null || reply.isEmpty() || reply.has(PhraseCategory.CONFIRM_UNDERSTANDING)) {
            return List.of();
        }
        boolean longMessage = customer.words() > parameter(reply, "customerLongWords");
        boolean manyQuestions = customer.questions() >= parameter(reply, "customerManyQuestions");
        if (!longMessage && !manyQuestions) {
            return List.of();
        }
        Sentence first = reply.sentences().get(0);
        return List.of(finding(reply, severity(reply), longMessage ? "long" : "questions", first.start(), first.end(),
                insertSentence(reply, "confirm-understanding.insert", first.end(), true)));
    }
}
