package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * {@code ownership-plan}: the reply should say, in the first person, what the agent will do next.
 * The finding spans the last sentence, where a plan is missing.
 */
public class OwnershipPlanRuleTest {
    private final RuleExamples da = RuleExamples.danish(OwnershipPlanRule.ID);
    private final RuleExamples en = RuleExamples.english(OwnershipPlanRule.ID);

    @Test
    public void danishReplyWithoutACommitmentIsFlagged() {
        da.check("Tak for din besked om fakturaen. [[Sagen er sendt videre til teknikerne, og de ser på den, når de har tid.]]");
        da.check("Jeg kan godt forstå din frustration over ventetiden. Pakken ligger hos fragtfirmaet. [[Hvad passer dig bedst?]]");
        da.check("Vi har desværre ikke flere af de blå sofaer på lager lige nu. [[Du kan holde øje med vores hjemmeside.]]");
        da.check("Jeg vil gerne hjælpe dig med at finde den rigtige størrelse til din datter. [[Se vores størrelsesguide på hjemmesiden.]]");
    }

    @Test
    public void danishCommitmentWithANextStepIsQuiet() {
        da.quiet("Jeg har sendt sagen til teknikerne og ringer til dig i morgen formiddag.");
        da.quiet("Tak for din tålmodighed. Jeg sørger for, at du får pengene tilbage, og jeg giver dig besked i dag.");
        da.quiet("Jeg kan godt forstå din frustration over ventetiden. Lad mig tjekke, hvor pakken er, så vender jeg tilbage.");
        da.quiet("Det er jeg ked af at høre. Jeg vil sende en ny oplader til dig allerede i dag.");
    }

    @Test
    public void danishVeryShortRepliesAreLeftAlone() {
        da.quiet("Tak, det lyder godt!");
        da.quiet("Selv tak. Hav en god dag!");
    }

    @Test
    public void englishReplyWithoutACommitmentIsFlagged() {
        List<Finding> f = en.check("Thanks for getting in touch about the missing parcel. [[The issue has been forwarded to the warehouse team.]]");
        assertEquals(Severity.WARNING, f.get(0).severity());
        en.check("We would be happy to help with your account. [[Please send us your order number and the email address you used.]]");
        en.check("Sorry to hear the app keeps crashing on your phone. [[You can find some troubleshooting steps on our help page.]]");
    }

    @Test
    public void englishCommitmentWithANextStepIsQuiet() {
        en.quiet("I have passed this to our engineers and I'll update you by 3 pm.");
        en.quiet("Thanks for the details. Let me check with the warehouse and get back to you today.");
        en.quiet("Sorry for the mix-up with your booking. We'll look into it for you and send the new tickets by email.");
        en.quiet("I've passed this on to the billing team, and they have promised a corrected invoice this week.");
    }

    @Test
    public void aNegatedOrRefusingPromiseIsNoCommitment() {
        en.check("I understand you're unhappy with the charge on your account. I will not refund the fee for the late payment. [[It is in the contract.]]");
        da.check("Jeg forstår godt, at du er utilfreds med gebyret på din regning. Jeg vil ikke ændre fakturaen. [[Gebyret står i aftalen.]]");
    }

    @Test
    public void suggestsAPlanBeforeAClosingQuestionAndTheEditFixesIt() {
        String marked = "Jeg kan godt forstå din frustration over ventetiden. Pakken ligger hos fragtfirmaet. [[Hvad passer dig bedst?]]";
        String fixed = Fixes.applied(marked, da.check(marked).get(0));
        assertEquals("Jeg kan godt forstå din frustration over ventetiden. Pakken ligger hos fragtfirmaet. "
                + "Jeg tager mig af sagen og giver dig besked senest i morgen. Hvad passer dig bedst?", fixed);
        da.quiet(fixed);

        String english = "Thanks for getting in touch about the missing parcel. [[The issue has been forwarded to the warehouse team.]]";
        String fixedEnglish = Fixes.applied(english, en.check(english).get(0));
        en.quiet(fixedEnglish);
    }

    @Test
    public void theJavadocExamplesBehaveAsDocumented() {
        da.check("Tak for din besked om fejlen på din router. [[Sagen er sendt videre til teknikerne.]]");
        da.quiet("Jeg har sendt sagen til teknikerne og ringer til dig i morgen formiddag.");
        en.check("Thanks for letting us know about the error on your router. [[The issue has been forwarded.]]");
        en.quiet("I have passed this to our engineers and I'll update you by 3 pm.");
        // Alone, the bad examples are under the default minimum of 12 words.
        da.quiet("Sagen er sendt videre til teknikerne.");
    }
}
