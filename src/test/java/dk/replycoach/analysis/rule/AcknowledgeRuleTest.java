package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * {@code acknowledge} (step 1): one of the first two sentences after the greeting should
 * acknowledge the customer: an acknowledgement, thanks, empathy or an apology. The finding spans
 * the first sentence, where the acknowledgement belongs.
 */
public class AcknowledgeRuleTest {
    private final RuleExamples da = RuleExamples.danish(AcknowledgeRule.ID);
    private final RuleExamples en = RuleExamples.english(AcknowledgeRule.ID);

    @Test
    public void danishReplyThatOpensWithFactsIsFlagged() {
        da.check("[[Pakken blev sendt mandag.]] Den er fremme i morgen.");
        da.check("Hej Peter,\n\n[[Din ordre er registreret.]] Du får en mail, når den bliver sendt. Tak for din tålmodighed.");
        da.check("[[Refusionen tager fem hverdage.]] Sådan er reglerne hos banken. Hvad kan jeg ellers hjælpe med?");
    }

    @Test
    public void danishAcknowledgementInTheFirstTwoSentencesIsQuiet() {
        da.quiet("Jeg kan godt forstå, at du venter på pakken. Den er fremme i morgen.");
        da.quiet("Hej og tak for din besked.\nPakken er sendt i dag.");
        da.quiet("Pakken blev sendt mandag. Jeg beklager, at den ikke er kommet endnu.");
        da.quiet("Hej Anna,\n\nDet lyder rigtig træls med den ødelagte stol. Vi sender en ny i dag.");
        da.quiet("Du har helt ret. Fakturaen var forkert, og jeg har rettet den.");
    }

    @Test
    public void danishAcknowledgementLaterOnIsTooLate() {
        da.check("[[Ordren er annulleret.]] Beløbet er tilbageført. Jeg beklager ulejligheden.");
    }

    @Test
    public void englishReplyThatOpensWithFactsIsFlagged() {
        List<Finding> f = en.check("[[Your refund was issued on Monday.]]");
        assertEquals(Severity.WARNING, f.get(0).severity());
        en.check("Hi Kate,\n\n[[Please send us your order number.]] We need it to find the parcel.");
        en.check("[[You can reset your password here: https://example.com/reset]] It takes a minute. Thank you!");
    }

    @Test
    public void englishAcknowledgementInTheFirstTwoSentencesIsQuiet() {
        en.quiet("I understand you've been waiting for this. Your refund was issued on Monday.");
        en.quiet("Hi and thanks for reaching out. The update is rolling out this week.");
        en.quiet("Yikes! That's not how the app should behave. Which phone are you on?");
        en.quiet("Your order was delayed at the depot. We're sorry about that.");
        en.quiet("That sounds like a great idea for the next version. I've passed it to the product team.");
    }

    @Test
    public void greetingAndSignOffDoNotCountAsTheFirstSentences() {
        en.check("Hello Sam,\n\n[[The fee is charged monthly.]] It shows on your statement.\n\nKind regards,\nAlex");
        da.check("Kære kunde,\n\n[[Gebyret opkræves hver måned.]] Det står på din kontoudskrift.\n\nMed venlig hilsen\nAnna");
    }

    @Test
    public void suggestsAnAcknowledgementThatSatisfiesTheRule() {
        String marked = "[[Pakken blev sendt mandag.]] Den er fremme i morgen.";
        String fixed = Fixes.applied(marked, da.check(marked).get(0));
        assertEquals("Jeg kan godt forstå, at det her har været frustrerende for dig. Pakken blev sendt mandag. Den er fremme i morgen.", fixed);
        da.quiet(fixed);

        String english = "Hi Kate,\n\n[[Your refund was issued on Monday.]]";
        String fixedEnglish = Fixes.applied(english, en.check(english).get(0));
        assertEquals("Hi Kate,\n\nI can see why this has been frustrating for you. Your refund was issued on Monday.", fixedEnglish);
        en.quiet(fixedEnglish);
    }

    @Test
    public void theJavadocExamplesBehaveAsDocumented() {
        da.check("[[Pakken blev sendt mandag.]] Den er fremme i morgen.");
        da.quiet("Jeg kan godt forstå, at du venter på pakken. Den er fremme i morgen.");
        en.check("[[Your refund was issued on Monday.]]");
        en.quiet("I understand you've been waiting for this. Your refund was issued on Monday.");
    }
}
