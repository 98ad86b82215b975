package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * {@code ask-feelings}: when the customer is angry, a hint if the reply does not invite them to say
 * what they need or what upset them. Calm customers and unknown customers get no hint.
 */
public class AskFeelingsRuleTest {
    private static final String DANISH_ANGRY = "Det er tredje gang, jeg skriver!!! Hvor er min pakke?";
    private static final String ENGLISH_ANGRY = "This is ridiculous! It's the third time I've asked about my refund.";

    private final RuleExamples danish = RuleExamples.danish(AskFeelingsRule.ID).customer(DANISH_ANGRY);
    private final RuleExamples english = RuleExamples.english(AskFeelingsRule.ID).customer(ENGLISH_ANGRY);

    @Test
    public void danishRepliesToAnAngryCustomerWithoutAnInvitation() {
        danish.check("Din sag er registreret. [[Pakken er sendt i dag.]]");
        danish.check("Jeg beklager ventetiden. [[Har du tjekket din postkasse?]]");
        danish.customer("I er nogle amatører!").check("[[Pakken er sendt i dag.]]");
    }

    @Test
    public void danishInvitationsOrACalmCustomerAreFine() {
        danish.quiet("Din sag er registreret. Hvad kan jeg gøre for at hjælpe dig?");
        danish.quiet("Pakken er sendt i dag. Fortæl mig gerne, hvad du har brug for.");
        danish.quiet("Hvad har du mest brug for lige nu? Jeg har allerede sendt pakken.");
        danish.quiet("Det beklager jeg. Hvad skete der, da du prøvede at hente pakken?");
        danish.customer("Hej, hvornår kommer min pakke?").quiet("Pakken er sendt i dag.");
        RuleExamples.danish(AskFeelingsRule.ID).quiet("Pakken er sendt i dag.");
    }

    @Test
    public void englishRepliesToAnAngryCustomerWithoutAnInvitation() {
        english.check("[[Your ticket has been logged.]]");
        english.check("The refund is on its way. [[I'm sorry about what happened.]]");
        english.customer("You people are useless.").check("Sorry for the wait. [[The refund was sent today.]]");
    }

    @Test
    public void englishInvitationsOrACalmCustomerAreFine() {
        english.quiet("Your ticket has been logged. What can I do to make this right?");
        english.quiet("Sorry about this. What happened when you tried the refund link?");
        english.quiet("Let me know what would help most, and I'll sort it today.");
        english.customer("Hi, when does my order ship?").quiet("It ships today.");
        RuleExamples.english(AskFeelingsRule.ID).quiet("It ships today.");
    }

    @Test
    public void isOnlyAHint() {
        List<Finding> findings = english.check("[[Your ticket has been logged.]]");
        assertEquals(Severity.INFO, findings.get(0).severity());
    }

    @Test
    public void theSuggestedQuestionGoesAtTheEndAndSettlesTheRule() {
        String reply = "Din sag er registreret.";
        String fixed = SuggestionEdits.applyAll(reply, danish.check("[[Din sag er registreret.]]"));
        assertEquals("Din sag er registreret. Hvad kan jeg gøre for at hjælpe dig?", fixed);
        danish.quiet(fixed);

        String english = "Your ticket has been logged.";
        String englishFixed = SuggestionEdits.applyAll(english, this.english.check("[[Your ticket has been logged.]]"));
        assertEquals("Your ticket has been logged. What can I do to help you?", englishFixed);
        this.english.quiet(englishFixed);
    }

    @Test
    public void javadocExamplesHold() {
        RuleExamples da = RuleExamples.danish(AskFeelingsRule.ID).customer("Det er tredje gang, det sker!!");
        da.check("[[Din sag er registreret.]]");
        da.quiet("Din sag er registreret. Hvad kan jeg gøre for at hjælpe dig?");
        RuleExamples en = RuleExamples.english(AskFeelingsRule.ID).customer("This is ridiculous!");
        en.check("[[Your ticket has been logged.]]");
        en.quiet("Your ticket has been logged. What can I do to make this right?");
    }
}
