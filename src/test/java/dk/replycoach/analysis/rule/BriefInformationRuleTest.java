package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * {@code brief-information} (step 3): short, relevant information. The rule fires on a reply over
 * 120 words (from the first word past the limit to the end), on long sentences (average and
 * longest over 20 words: the longest is marked), and, from 30 words up, on heavy reading: LIX
 * over 45 in Danish, a Flesch–Kincaid grade over 12 in English.
 */
public class BriefInformationRuleTest {
    private final RuleExamples da = RuleExamples.danish(BriefInformationRule.ID);
    private final RuleExamples en = RuleExamples.english(BriefInformationRule.ID);

    /** Four paragraphs about warehouse routines before the customer hears when the parcel comes. */
    private static final String DANISH_LONG = "Tak for din besked.\n\n"
            + "Vores lager ligger i Vejle, og det modtager varer fra mange leverandører hver dag. "
            + "Når en vare kommer ind, bliver den talt og kontrolleret. Derefter får den en plads på en hylde. "
            + "Hver morgen plukker vi de ordrer, der er kommet ind natten over.\n\n"
            + "Pakkerne bliver pakket af to hold. Det ene hold pakker små ting, og det andet pakker store ting. "
            + "Når en pakke er klar, bliver den vejet og får en label fra fragtfirmaet.\n\n"
            + "Fragtfirmaet henter pakkerne to gange om dagen. Om sommeren er der færre folk på arbejde. "
            + "Derfor kan der gå lidt længere tid, før pakkerne bliver hentet. Vi sender også pakker til Norge og Sverige.\n\n"
            + "Din pakke blev pakket i går. [[Den er hos dig på torsdag.]]";

    @Test
    public void danishReplyOverTheWordLimitIsFlaggedFromThePointWhereItPassesIt() {
        List<Finding> f = da.check(DANISH_LONG);
        assertTrue(f.get(0).message(), f.get(0).message().matches("The reply has 12\\d words; aim for at most 120\\."));
    }

    @Test
    public void aClosingLineWithOnlyANumberCanBeTheWordPastTheLimit() {
        // 120 words in sentences, then an order number on its own line: no sentence holds it, but it counts.
        String reply = "Vi har sendt pakken i dag. ".repeat(20) + "\n\n";
        for (String line : new String[] {"[[4711]]", "#[[4711]]", "[[4711]]!"}) {
            List<Finding> f = da.check(reply + line);
            assertEquals(1, f.size());
            assertTrue(f.get(0).message(), f.get(0).message().startsWith("The reply has 121 words"));
        }
    }

    @Test
    public void danishLongSentencesAreFlaggedOnTheLongestOne() {
        da.check("[[Vi har undersøgt sagen grundigt sammen med vores lager og fragtfirmaet, og det viser sig, "
                + "at pakken blev sendt til en forkert adresse i Aarhus, hvor den stadig ligger på et posthus.]]");
        da.check("[[Jeg har talt med både vores tekniker og vores leverandør om fejlen på din opvaskemaskine, og de mener begge, "
                + "at det er pumpen, der skal skiftes, hvilket vi gerne gør uden beregning.]] Passer det dig, at han kommer på fredag "
                + "mellem klokken otte og tolv, eller vil du hellere have en tid i næste uge?");
        // The measure is the average: a short thank-you sentence before a long one brings it under the limit.
        da.quiet("Tak for din besked. Vi har undersøgt sagen sammen med vores lager og fragtfirmaet, og pakken blev sendt "
                + "til en forkert adresse i Aarhus.");
    }

    @Test
    public void danishHeavyWordingIsFlaggedByLix() {
        List<Finding> f = da.check("[[Reklamationsbehandlingen afventer leverandørens tekniske vurdering af produktets funktionsfejl.]] "
                + "Dokumentationen videresendes automatisk til kvalitetsafdelingen. "
                + "Kompensationsmuligheder undersøges efterfølgende individuelt. "
                + "Forventet sagsbehandlingstid udgør normalt omkring fjorten arbejdsdage. "
                + "Afgørelsen meddeles skriftligt via kundeportalen efter endelig godkendelse.");
        assertTrue(f.get(0).message(), f.get(0).message().startsWith("The reply is heavy to read (LIX"));
    }

    @Test
    public void danishShortPlainRepliesAreQuiet() {
        da.quiet("Pakken er forsinket hos fragtfirmaet og er hos dig torsdag.");
        da.quiet("Tak for din besked. Jeg har sendt en ny oplader i dag. Den er hos dig i morgen. Hvad siger du til det?");
        da.quiet("Jeg kan godt forstå, at du er træt af at vente. Fejlen lå hos os, og jeg har rettet den. "
                + "Du får pengene tilbage inden fredag. Hvordan vil du helst have dem?");
        // Readability is not judged below 30 words: a few long words in a short reply are fine.
        da.quiet("Reklamationsbehandlingen er afsluttet. Kompensationen udbetales automatisk.");
    }

    @Test
    public void englishReplyOverTheWordLimitIsFlagged() {
        // A 137-word account of the billing system; the finding starts at word 121.
        String filler = "The billing system runs every night and checks each account for open items. ";
        List<Finding> f = en.check("Thanks for asking about the charge. " + filler.repeat(8)
                + "The billing system runs every night and checks each account [[for open items. "
                + "Your card was charged twice, and I have refunded one of the charges today.]]");
        assertEquals("The reply has 137 words; aim for at most 120.", f.get(0).message());
    }

    @Test
    public void englishLongSentencesAreFlaggedOnTheLongestOne() {
        en.check("[[We have looked into your account together with our billing team and found that the second charge "
                + "came from a renewal that was set up automatically when you upgraded your plan last year.]]");
        en.check("[[I spoke to the warehouse and to the courier this morning, and they both confirmed "
                + "that the parcel was left at the wrong address, which is why it never reached you.]]");
    }

    @Test
    public void englishHeavyWordingIsFlaggedByGradeLevel() {
        List<Finding> f = en.check("Your reimbursement authorization necessitates additional documentation verification. "
                + "[[Consequently, administrative processing continues indefinitely pending organizational approval.]] "
                + "Unfortunately, preliminary investigation identified inconsistencies regarding transactional information. "
                + "Subsequent communication will definitively establish eligibility. "
                + "Additional clarification remains available electronically.");
        assertTrue(f.get(0).message(), f.get(0).message().startsWith("The reply is heavy to read (grade level"));
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    public void englishShortPlainRepliesAreQuiet() {
        en.quiet("The charge was a duplicate; I've refunded it today.");
        en.quiet("Sorry about the wait. Your parcel left our warehouse this morning. It will be with you on Friday. "
                + "What time suits you best?");
        en.quiet("I understand. The code expired, so I have sent you a new one: https://example.com/a/very/long/link/that/is/no/word "
                + "It works for 24 hours. How did it go?");
    }

    @Test
    public void aLinkBetweenTwoSentencesDoesNotGlueThemIntoOneLongSentence() {
        en.quiet("You can reset the password from this page: https://example.com/reset These steps may help as well: "
                + "https://example.com/help I hope this helps and that you are back in soon!");
    }

    @Test
    public void theJavadocExamplesBehaveAsDocumented() {
        da.quiet("Pakken er forsinket hos fragtfirmaet og er hos dig torsdag.");
        en.quiet("The charge was a duplicate; I've refunded it today.");
        assertEquals(1, da.check(DANISH_LONG).size());
    }
}
