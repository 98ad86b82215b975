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
 * <p>Customer: a long mail about several invoices. Bad (da): "Fakturaen fra marts er rettet."<br>
 * Good (da): "Hvis jeg forstod dig rigtigt, drejer det sig om fakturaen fra marts."<br>
 * Bad (en): "The March invoice has been corrected."<br>
 * Good (en): "If I understood you correctly, the March invoice is the one that's wrong."
 *
 * <p>Long means more than {@code customerLongWords} words (default 80) of the customer's own text;
 * several things means {@code customerManyQuestions} questions or more (default 3). A check or a
 * restatement anywhere in the reply ("Du skriver, at ...", "Just to make sure I understand")
 * settles it. The suggestion inserts the pack's check after the first sentence. Needs the
 * customer's message; without it the rule does not run.
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
