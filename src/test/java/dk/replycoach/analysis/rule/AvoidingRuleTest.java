package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

/**
 * {@code avoiding}: deflections without action, and follow-ups that leave the customer waiting
 * with no time. Naming a time anywhere in the reply, or saying what the agent is doing, is fine.
 */
public class AvoidingRuleTest {
    private final RuleExamples danish = RuleExamples.danish(AvoidingRule.ID);
    private final RuleExamples english = RuleExamples.english(AvoidingRule.ID);

    @Test
    public void danishDeflectionsAndFollowUpsWithoutATimeAreFlagged() {
        danish.check("[[Det kan vi desværre ikke hjælpe med]].");
        danish.check("Tak for din besked. [[Vi vender tilbage]], så snart vi kan.");
        danish.check("[[Henvend dig til]] din bank, de kan svare på det.");
        danish.check("[[Det er ikke vores område]]. [[Prøv igen senere]].");
        danish.check("[[Din sag er under behandling]], og [[du hører fra os]].");
    }

    @Test
    public void danishActionAndATimeAreFine() {
        danish.quiet("Vi vender tilbage i morgen inden kl. 12.");
        danish.quiet("Jeg kigger på det nu og ringer til dig i eftermiddag.");
        danish.quiet("Vi undersøger sagen, og du får svar på fredag.");
        danish.quiet("Send os dit ordrenummer, så kigger vi på det.");
        danish.quiet("Skift hurtigst muligt din adgangskode, så er kontoen sikker igen.");
        danish.quiet("Det er ikke muligt at ændre ordren, men jeg kan tilbyde dig en ombytning.");
    }

    @Test
    public void englishDeflectionsAndFollowUpsWithoutATimeAreFlagged() {
        english.check("[[We'll get back to you]].");
        english.check("[[We can't help with that]]; [[you'll need to contact]] your bank.");
        english.check("That is [[not our responsibility]], I'm afraid.");
        english.check("Your case has been noted and [[you'll hear from us]] [[in due course]].");
        english.check("Thanks for waiting. [[We will update you]] [[as soon as we hear]] from the courier.");
    }

    @Test
    public void englishActionAndATimeAreFine() {
        english.quiet("We'll get back to you by Friday.");
        english.quiet("DM us your order number and we'll look into this for you.");
        english.quiet("Could you send a screenshot? We'll check it and reply here.");
        english.quiet("Please update the app asap to get the fix.");
        english.quiet("Our engineers will follow up right away.");
        english.quiet("We're investigating the outage and the status page has the details.");
        english.quiet("Sorry, I don't know which invoice you mean. Could you send me its number?");
        english.check("[[I don't know]] when the sale starts, so keep an eye on our website.");
    }

    @Test
    public void aTimeAnywhereInTheReplySettlesTheFollowUpButNotADeflection() {
        english.quiet("We'll be in touch. Expect a call tomorrow morning.");
        english.check("[[We cannot assist]] with that, but we'll be in touch tomorrow.");
        danish.quiet("Vi vender tilbage. Du kan forvente et opkald i morgen.");
    }

    @Test
    public void warnsByDefault() {
        List<Finding> findings = english.check("[[We'll get back to you]].");
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertFalse(findings.get(0).message().isEmpty());
    }

    @Test
    public void suggestionsNameAStepOrATimeAndTheResultIsQuiet() {
        String deflecting = "Det kan vi ikke hjælpe med.";
        String stepTaken = SuggestionEdits.applyAll(deflecting, danish.check("[[Det kan vi ikke hjælpe med]]."));
        assertEquals("Jeg tager selv kontakt til den rette afdeling i dag og følger op over for dig.", stepTaken);
        danish.quiet(stepTaken);

        String vague = "We'll get back to you.";
        String timed = SuggestionEdits.applyAll(vague, english.check("[[We'll get back to you]]."));
        assertEquals("We'll get back to you. You will hear from me by tomorrow at the latest.", timed);
        english.quiet(timed);

        String danishVague = "Tak for din besked. Vi vender tilbage.";
        String danishTimed = SuggestionEdits.applyAll(danishVague,
                danish.check("Tak for din besked. [[Vi vender tilbage]]."));
        danish.quiet(danishTimed);
    }

    @Test
    public void javadocExamplesHold() {
        danish.check("[[Det kan vi ikke hjælpe med]]. [[Kontakt en anden afdeling]].");
        danish.quiet("Jeg har sendt din sag til vores fakturering, og de ringer til dig i morgen.");
        english.check("[[We'll get back to you]].");
        english.quiet("I'll get back to you by 4 pm today.");
    }
}
