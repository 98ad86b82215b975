package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code profanity}: swearing or insults in the reply. Blocks by default.
 *
 * <p>Why: once the agent trades insults or swears, there is no way back; the customer is likely
 * lost and the company's name with them. Stay professional whatever the customer wrote.
 *
 * <p>Bad (da): "Det er fandme ikke vores fejl, din idiot."<br>
 * Good (da): "Jeg kan se, at det her har gjort dig vred. Jeg ser på sagen nu."<br>
 * Bad (en): "This is a damn stupid question."<br>
 * Good (en): "Good question. Here is how it works."
 *
 * <p>Words the agent quotes (inside quotation marks) are not the agent speaking and are left alone.
 * Words are matched whole, so "hello", "assist" and "skidt" are fine, and judging words that
 * agents use kindly ("not a stupid question", "the app has been useless today") only count when
 * aimed at a person ("you're useless").
 */
public final class ProfanityRule extends Rule {
    public static final String ID = "profanity";

    public ProfanityRule() {
        super(new RuleDescriptor(ID, Severity.BLOCK, "tone", false, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        List<Finding> out = new ArrayList<>(findingPerMatch(reply, PhraseCategory.PROFANITY));
        out.addAll(findingPerMatch(reply, PhraseCategory.INSULT));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
