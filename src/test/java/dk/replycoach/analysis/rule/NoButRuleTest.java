package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * {@code no-but} (step 2): a contrast word in, or right after, an acknowledging or apologising
 * sentence takes the acknowledgement back. These examples are the rule's documentation.
 */
public class NoButRuleTest {
    private final RuleExamples da = RuleExamples.danish(NoButRule.ID);
    private final RuleExamples en = RuleExamples.english(NoButRule.ID);

    @Test
    public void danishContrastAfterAnAcknowledgementIsFlagged() {
        da.check("Jeg forstår din frustration, [[men]] pakken er sendt.");
        da.check("Jeg beklager ventetiden, [[men]] vi har rigtig mange ordrer lige nu.");
        da.check("Jeg kan godt forstå, at du er utilfreds med leveringen, [[men]] fragtfirmaet har ikke meldt noget.");
        da.check("Tak for din henvendelse. [[Men]] vi kan ikke ombytte en brugt vare.");
        da.check("Det er jeg ked af at høre. [[Alligevel]] må vi holde fast i fristen.");
    }

    @Test
    public void danishContrastAdverbEarlyInTheNextSentenceIsFlagged() {
        // Danish puts "dog" after the verb, so "right after" reaches a few words into the next sentence.
        da.check("Tak for din tålmodighed. Vi kan [[dog]] ikke refundere fragten.");
        da.check("Jeg beklager fejlen. Det er [[imidlertid]] ikke muligt at ændre ordren nu.");
    }

    @Test
    public void danishContrastWithoutAcknowledgementIsLeftAlone() {
        da.quiet("Pakken er sendt, men den er forsinket hos fragtfirmaet. Hvad passer dig bedst?");
        da.quiet("Vi har sendt pakken i dag. Den er dog først fremme på fredag.");
        da.quiet("Tak for din besked. Pakken er sendt i morges, men fragtfirmaet har travlt, så den kommer først i morgen.");
    }

    @Test
    public void danishFixedExpressionsAndLookAlikesAreNotContrast() {
        da.quiet("Tak for din besked. Vi tilbyder ikke kun ombytning, men også fuld refusion.");
        da.quiet("Jeg forstår godt, at du er træt af det, og vi tilbyder ikke bare en ny vare men også et gavekort.");
        da.quiet("Jeg forstår din frustration. Mennesker laver fejl, og det gjorde vi her.");
        da.quiet("Tak for din besked. Hvor er det dog ærgerligt, at stolen kom i stykker!");
        da.quiet("Tak for svaret, og sidst men ikke mindst: god weekend.");
    }

    @Test
    public void danishQuotedCustomerTextIsNotTheAgentSpeaking() {
        da.quiet("Tak for din besked. Du skriver \"men jeg har jo betalt\", og det kan jeg se, at du har.");
        da.quiet("Jeg forstår din frustration.\n{quote}Jeg har ventet i tre uger, men intet er sket.{quote}\nPakken er fundet og sendt i dag.");
        da.quiet("Jeg beklager ventetiden.\n> men hvornår kommer pakken?\nDen er hos dig i morgen.");
    }

    @Test
    public void englishContrastAfterAnAcknowledgementIsFlagged() {
        en.check("I'm sorry about the delay, [[but]] we shipped it on time.");
        en.check("I understand your frustration, [[however]] the offer ended on Sunday.");
        en.check("Thanks for your patience. [[But]] we can't refund a used item.");
        en.check("We're sorry to hear that. We do, [[however]], offer a free repair.");
        en.check("I appreciate your feedback, [[but]] our records show the parcel was delivered.");
    }

    @Test
    public void englishContrastWithoutAcknowledgementIsLeftAlone() {
        en.quiet("The parcel left on Monday, but the courier is running late. What time suits you for delivery?");
        en.quiet("Your refund is on its way. It may take a few days to show, though, depending on your bank.");
        en.quiet("Sorry for the confusion – all plans include ads, but you can skip them on recordings.");
        en.quiet("Thanks for reaching out, the language setting applies to the whole site, but videos keep their original language.");
    }

    @Test
    public void englishFixedExpressionsQuotesAndAfterthoughtsAreLeftAlone() {
        en.quiet("Thanks for asking, we offer not only a refund but also a voucher.");
        en.quiet("I understand. You wrote \"but I already paid\", and I can see that you did.");
        en.quiet("Thanks for waiting.\n> but when will it arrive?\nIt will be with you tomorrow.");
        en.quiet("Sorry for the slow reply though. Have a great weekend!");
        en.quiet("Thank you for your patience, and last but not least, welcome aboard.");
    }

    @Test
    public void aSecondContrastAnswersTheFirstNotTheApology() {
        en.check("We apologize, [[but]] we can't send direct messages. However, if you message us we can help.");
    }

    @Test
    public void isAWarningByDefault() {
        List<Finding> f = da.check("Jeg forstår din frustration, [[men]] pakken er sendt.");
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    public void suggestsEndingTheSentenceAndTheEditFixesIt() {
        String marked = "Jeg forstår din frustration, [[men]] pakken er sendt.";
        String fixed = Fixes.applied(marked, da.check(marked).get(0));
        assertEquals("Jeg forstår din frustration. Pakken er sendt.", fixed);
        da.quiet(fixed);

        String english = "I'm sorry about the delay, [[but]] we shipped it on time.";
        String fixedEnglish = Fixes.applied(english, en.check(english).get(0));
        assertEquals("I'm sorry about the delay. We shipped it on time.", fixedEnglish);
        en.quiet(fixedEnglish);
    }

    @Test
    public void suggestsDroppingAnOpeningOrInnerContrastWord() {
        String opening = "Jeg beklager ventetiden. [[Men]] pakken er sendt.";
        String fixed = Fixes.applied(opening, da.check(opening).get(0));
        assertEquals("Jeg beklager ventetiden. Pakken er sendt.", fixed);
        da.quiet(fixed);

        String inner = "Tak for din tålmodighed. Vi kan [[dog]] ikke refundere fragten.";
        String fixedInner = Fixes.applied(inner, da.check(inner).get(0));
        assertEquals("Tak for din tålmodighed. Vi kan ikke refundere fragten.", fixedInner);
        da.quiet(fixedInner);

        String commas = "We're sorry to hear that. We do, [[however]], offer a free repair.";
        String fixedCommas = Fixes.applied(commas, en.check(commas).get(0));
        assertEquals("We're sorry to hear that. We do offer a free repair.", fixedCommas);
        en.quiet(fixedCommas);
    }

    @Test
    public void theJavadocExamplesBehaveAsDocumented() {
        da.check("Jeg forstår din frustration, [[men]] pakken er sendt.");
        da.quiet("Jeg forstår din frustration. Pakken er sendt i dag.");
        en.check("I'm sorry about the delay, [[but]] we shipped it on time.");
        en.quiet("I'm sorry about the delay. The parcel left our warehouse on Monday.");
    }
}
