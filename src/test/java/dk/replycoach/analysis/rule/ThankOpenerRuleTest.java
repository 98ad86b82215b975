package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * {@code thank-opener}: a hint when the first sentence of the reply (after any greeting line) does
 * not thank the customer. Thanks later in the reply do not count; "nej tak" and "appreciate it if"
 * are not thanks.
 */
public class ThankOpenerRuleTest {
    private final RuleExamples danish = RuleExamples.danish(ThankOpenerRule.ID);
    private final RuleExamples english = RuleExamples.english(ThankOpenerRule.ID);

    @Test
    public void danishRepliesThatDoNotOpenWithThanks() {
        danish.check("[[Vi har modtaget din reklamation.]] Den behandles i dag.");
        danish.check("[[Det er korrekt, at pakken er forsinket.]] Tak for din tålmodighed.");
        danish.check("[[Nej tak, vi har ikke brug for flere oplysninger.]] Sagen er lukket i dag.");
        danish.check("Hej Ole,\n\n[[Din faktura er rettet.]]\n\nVenlig hilsen\nMette");
    }

    @Test
    public void danishRepliesThatOpenWithThanks() {
        danish.quiet("Tak fordi du kontaktede os. Din ordre er på vej.");
        danish.quiet("Mange tak for din besked. Jeg har rettet adressen.");
        danish.quiet("Hej Ole, tak for din mail. Fakturaen er rettet.");
        danish.quiet("Tusind tak for tålmodigheden! Pakken er afsendt.");
        danish.quiet("Tak alligevel for din tålmodighed. Vi lukker sagen, som du ønsker.");
        danish.quiet("Selv tak, og god weekend.");
    }

    @Test
    public void englishRepliesThatDoNotOpenWithThanks() {
        english.check("[[Sorry to hear that.]] Thanks for letting us know.");
        english.check("[[We'd appreciate it if you could send us your order number.]]");
        english.check("[[You're welcome to call us any time on 0800 123 456.]]");
        english.check("Hi Sam,\n\n[[The refund was sent today.]]\n\nKind regards\nAlex");
    }

    @Test
    public void englishRepliesThatOpenWithThanks() {
        english.quiet("Thanks for reaching out. Your order is on its way.");
        english.quiet("Appreciate you reaching out – your order ships today.");
        english.quiet("Hi Sam, thank you for your patience. The fix is live.");
        english.quiet("You're welcome! Let us know if anything else comes up.");
        english.quiet("Much appreciated, Sam. The refund is on its way.");
    }

    @Test
    public void isOnlyAHint() {
        List<Finding> findings = english.check("[[Your order is on its way.]]");
        assertEquals(Severity.INFO, findings.get(0).severity());
    }

    @Test
    public void theSuggestionInsertsThanksBeforeTheFirstSentenceAfterTheGreeting() {
        String danishReply = "Hej Ole,\n\nDin faktura er rettet.";
        String danishFixed = SuggestionEdits.applyAll(danishReply, danish.check("Hej Ole,\n\n[[Din faktura er rettet.]]"));
        assertEquals("Hej Ole,\n\nTak fordi du kontaktede os. Din faktura er rettet.", danishFixed);
        danish.quiet(danishFixed);

        String englishReply = "Your order is on its way.";
        String englishFixed = SuggestionEdits.applyAll(englishReply, english.check("[[Your order is on its way.]]"));
        assertEquals("Thank you for contacting us. Your order is on its way.", englishFixed);
        english.quiet(englishFixed);
    }

    @Test
    public void anEmptyReplyHasNothingToOpen() {
        danish.quiet("");
        english.quiet("Hi Sam,");
    }

    @Test
    public void javadocExamplesHold() {
        danish.check("[[Din ordre er på vej.]]");
        danish.quiet("Tak fordi du kontaktede os. Din ordre er på vej.");
        english.check("[[Your order is on its way.]]");
        english.quiet("Thanks for reaching out. Your order is on its way.");
    }
}
