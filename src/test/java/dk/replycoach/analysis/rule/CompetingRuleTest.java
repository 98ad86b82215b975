package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * {@code competing}: policy walls and winning the argument. Mentioning a policy, keeping a price
 * or saying an offer is for everyone is not a wall.
 */
public class CompetingRuleTest {
    private final RuleExamples danish = RuleExamples.danish(CompetingRule.ID);
    private final RuleExamples english = RuleExamples.english(CompetingRule.ID);

    @Test
    public void danishPolicyWallsAreFlagged() {
        danish.check("[[Reglerne er klare]]: returfristen er 14 dage.");
        danish.check("[[Vi har fulgt proceduren]], og [[sagen er hermed afsluttet]].");
        danish.check("[[Uanset hvad du siger]], får du ikke pengene tilbage.");
        danish.check("[[Mere kan vi desværre ikke tilbyde]].");
        danish.check("Du har fået en rabat på 100 kr., og [[det er vores endelige svar]].");
    }

    @Test
    public void danishInformationAndGoodNewsAreFine() {
        danish.quiet("Vi fastholder prisen, så du betaler det samme som sidst.");
        danish.quiet("Tilbuddet gælder for alle kunder, der bestiller inden fredag.");
        danish.quiet("Flytningen af lageret ændrer ikke på leveringstiden.");
        danish.quiet("Det er ikke muligt at ændre ordren, men jeg kan tilbyde dig en ombytning.");
        danish.quiet("Du kan læse vores returpolitik her, og jeg har allerede sendt en returlabel.");
    }

    @Test
    public void englishPolicyWallsAreFlagged() {
        english.check("[[That is our policy]] and [[the decision is final]].");
        english.check("I'm sorry, but [[we can't make exceptions]].");
        english.check("[[Rules are rules]], so the fee stays.");
        english.check("We're sorry you feel this way, but we are [[unable to offer anything further]].");
        english.check("[[That's all we can do]] for an expired voucher.");
    }

    @Test
    public void englishInformationAndReassuranceAreFine() {
        english.quiet("Company policy allows a refund within 30 days, so I've sent it today.");
        english.quiet("We refund every late order without exception, and yours is on its way back.");
        english.quiet("We stand by our products, so I've arranged a free repair.");
        english.quiet("Tap Settings, then Privacy. That's how it works on every phone.");
        english.quiet("Nothing will change on your bill when you switch plans.");
    }

    @Test
    public void warnsByDefault() {
        List<Finding> findings = english.check("[[Rules are rules]].");
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    public void theSuggestionOffersToLookForASolutionTogether() {
        String marked = "[[Det er vores politik]], og [[det kan ikke diskuteres]].";
        List<Finding> findings = danish.check(marked);
        String fixed = SuggestionEdits.applyAll(SuggestionEdits.unmarked(marked), findings.subList(0, 1));
        assertEquals("Lad os se på, hvilke muligheder der er i din situation. Hvad ville være en god løsning for dig?", fixed);
        danish.quiet(fixed);

        String english = "Rules are rules. Your voucher has expired.";
        String englishFixed = SuggestionEdits.applyAll(english, this.english.check("[[Rules are rules]]. Your voucher has expired."));
        assertEquals("Let me see what options we have, so we can find a solution that works for you. Your voucher has expired.",
                englishFixed);
        this.english.quiet(englishFixed);
    }

    @Test
    public void javadocExamplesHold() {
        danish.check("[[Det er vores politik]], og [[det kan ikke diskuteres]].");
        danish.quiet("Jeg kan tilbyde dig en ombytning i stedet. Hvad siger du til det?");
        english.check("[[That is our policy]] and [[the decision is final]].");
        english.quiet("I can offer you an exchange instead. How does that sound?");
    }
}
