package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * {@code confirm-understanding}: when the customer wrote a long message or asked several things,
 * a hint if the reply does not check what they meant. Needs the customer's message.
 */
public class ConfirmUnderstandingRuleTest {
    private static final String DANISH_LONG = "Hej. Vi er ved at flytte kontoret til Aarhus i løbet af næste måned, "
            + "og derfor vil vi gerne ændre leveringsadressen på vores abonnement, så varerne ikke bliver sendt til "
            + "den gamle adresse i Vejle. Samtidig har vores bogholder bedt mig spørge, om det er muligt at samle "
            + "fakturaerne for vores to afdelinger på én faktura, fordi det giver en del ekstra arbejde at bogføre "
            + "dem hver for sig. Vi vil også gerne vide, om prisen ændrer sig, hvis vi går ned til færre brugere "
            + "efter flytningen, da et par af vores kolleger stopper. På forhånd tak for hjælpen.";
    private static final String DANISH_QUESTIONS = "Hvornår kommer pakken? Kan jeg ændre adressen? Og hvad koster fragten?";
    private static final String ENGLISH_LONG = "Hello. We are moving our office to Leeds next month, so we need to change "
            + "the delivery address on our subscription; otherwise the parcels will keep going to the old address in "
            + "York. Our bookkeeper has also asked me whether the invoices for our two teams can be combined into one, "
            + "because booking them separately takes a lot of extra time every month. Finally, we would like to know "
            + "whether the price changes if we go down to fewer users after the move, since a couple of colleagues "
            + "are leaving. Thanks in advance for your help.";
    private static final String ENGLISH_QUESTIONS = "When will the parcel arrive? Can I change the address? And what does shipping cost?";

    private final RuleExamples danish = RuleExamples.danish(ConfirmUnderstandingRule.ID);
    private final RuleExamples english = RuleExamples.english(ConfirmUnderstandingRule.ID);

    @Test
    public void danishLongOrManyQuestionsWithoutACheckAreHinted() {
        danish.customer(DANISH_LONG).check("[[Vi har ændret leveringsadressen.]] Fakturaerne samles fra næste måned.");
        danish.customer(DANISH_LONG).check("[[Tak for din mail!]] Prisen falder, når I har færre brugere.");
        danish.customer(DANISH_QUESTIONS).check("[[Pakken kommer i morgen.]]");
    }

    @Test
    public void danishRepliesThatCheckOrAShortClearMessageAreFine() {
        danish.customer(DANISH_LONG).quiet("Hvis jeg forstod dig rigtigt, vil I både flytte leveringsadressen og samle "
                + "fakturaerne. Det har jeg ordnet i dag.");
        danish.customer(DANISH_LONG).quiet("Tak for din mail. Du skriver, at I flytter til Aarhus, så adressen er ændret.");
        danish.customer(DANISH_QUESTIONS).quiet("Har jeg forstået det rigtigt, at du vil have pakken til en ny adresse?");
        danish.customer("Hvornår kommer min pakke?").quiet("Pakken kommer i morgen.");
        danish.quiet("Vi har ændret leveringsadressen.");
    }

    @Test
    public void englishLongOrManyQuestionsWithoutACheckAreHinted() {
        english.customer(ENGLISH_LONG).check("[[We've changed the delivery address.]] The invoices are combined from next month.");
        english.customer(ENGLISH_LONG).check("[[Thanks for your message!]] The price drops when you have fewer users.");
        english.customer(ENGLISH_QUESTIONS).check("[[The parcel arrives tomorrow.]]");
    }

    @Test
    public void englishRepliesThatCheckOrAShortClearMessageAreFine() {
        english.customer(ENGLISH_LONG).quiet("If I understand you correctly, you want to move the delivery address and "
                + "combine the invoices. I've done both today.");
        english.customer(ENGLISH_LONG).quiet("Thanks for your message. Just to make sure I understand: is the new "
                + "address in Leeds from the 1st?");
        english.customer(ENGLISH_QUESTIONS).quiet("Thanks! Am I right that the parcel should go to a new address?");
        english.customer("When will my parcel arrive?").quiet("The parcel arrives tomorrow.");
        english.quiet("We've changed the delivery address.");
    }

    @Test
    public void theMessageSaysWhyAndItIsOnlyAHint() {
        List<Finding> longOne = english.customer(ENGLISH_LONG).check("[[We've changed the address.]]");
        assertEquals(Severity.INFO, longOne.get(0).severity());
        assertTrue(longOne.get(0).message(), longOne.get(0).message().contains("long message"));
        List<Finding> questions = english.customer(ENGLISH_QUESTIONS).check("[[The parcel arrives tomorrow.]]");
        assertTrue(questions.get(0).message(), questions.get(0).message().contains("several things"));
    }

    @Test
    public void theSuggestedCheckGoesAfterTheFirstSentenceAndSettlesTheRule() {
        String reply = "Vi har ændret leveringsadressen. Fakturaerne samles fra næste måned.";
        List<Finding> findings = danish.customer(DANISH_LONG)
                .check("[[Vi har ændret leveringsadressen.]] Fakturaerne samles fra næste måned.");
        String fixed = SuggestionEdits.applyAll(reply, findings);
        assertTrue(fixed, fixed.startsWith("Vi har ændret leveringsadressen. Hvis jeg forstod dig rigtigt,"));
        danish.customer(DANISH_LONG).quiet(fixed);

        String english = "The parcel arrives tomorrow.";
        String englishFixed = SuggestionEdits.applyAll(english,
                this.english.customer(ENGLISH_QUESTIONS).check("[[The parcel arrives tomorrow.]]"));
        this.english.customer(ENGLISH_QUESTIONS).quiet(englishFixed);
    }

    @Test
    public void javadocExamplesHold() {
        danish.customer(DANISH_LONG).check("[[Fakturaen fra marts er rettet.]]");
        danish.customer(DANISH_LONG).quiet("Hvis jeg forstod dig rigtigt, drejer det sig om fakturaen fra marts.");
        english.customer(ENGLISH_LONG).check("[[The March invoice has been corrected.]]");
        english.customer(ENGLISH_LONG).quiet("If I understood you correctly, the March invoice is the one that's wrong.");
    }
}
