package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.lang.PhraseMatch;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code avoiding}: deflecting without action ("det kan vi ikke hjælpe med", "kontakt en anden
 * afdeling"), or promising a follow-up with no time ("we'll get back to you") when the reply
 * names no time anywhere.
 *
 * <p>Why: the avoiding conflict style side-steps the problem. A customer with a complaint needs
 * action now; being sent elsewhere or left waiting without a time makes it worse.
 *
 * <p>Bad (da): "Det kan vi ikke hjælpe med. Kontakt en anden afdeling."<br>
 * Good (da): "Jeg har sendt din sag til vores fakturering, og de ringer til dig i morgen."<br>
 * Bad (en): "We'll get back to you."<br>
 * Good (en): "I'll get back to you by 4 pm today."
 */
public final class AvoidingRule extends Rule {
    public static final String ID = "avoiding";

    public AvoidingRule() {
        super(new RuleDescriptor(ID, Severity.WARNING, "Thomas-Kilmann: avoiding", false, List.of()));
    }

    @Override
    public List<Finding> check(AnalyzedReply reply) {
        List<Finding> out = new ArrayList<>(findingPerMatch(reply, PhraseCategory.AVOIDING));
        if (!reply.has(PhraseCategory.TIME_COMMITMENT)) {
            for (PhraseMatch m : reply.matches(PhraseCategory.VAGUE_FOLLOWUP)) {
                out.add(finding(reply, severity(reply), "vague", reply.startOf(m), reply.endOf(m), null));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
