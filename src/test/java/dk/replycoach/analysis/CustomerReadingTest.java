package dk.replycoach.analysis;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * How the customer's last message is read. Angry: anger phrases, swearing, insults, capitals and
 * "!!" add up. Abusive: insults at the agent or the company, or swearing. A calm message stays
 * calm however long it is, and a single "!" or an acronym is no anger.
 */
public class CustomerReadingTest {
    private static final ReplyAnalyzer ANALYZER = ReplyAnalyzer.withDefaults();

    private static CustomerReading read(String customer) {
        return ANALYZER.analyze(AnalysisRequest.of("Tak for din besked.").withCustomerText(customer)).customer()
                .orElseThrow();
    }

    private static void angryNotAbusive(String customer) {
        CustomerReading c = read(customer);
        assertTrue("angry: " + customer, c.angry());
        assertFalse("not abusive: " + customer, c.abusive());
    }

    private static void abusive(String customer) {
        CustomerReading c = read(customer);
        assertTrue("abusive: " + customer, c.abusive());
        assertTrue("abuse is anger too: " + customer, c.angry());
    }

    private static void calm(String customer) {
        CustomerReading c = read(customer);
        assertFalse("not angry: " + customer, c.angry());
        assertFalse("not abusive: " + customer, c.abusive());
    }

    @Test
    public void danishAngerWithoutInsults() {
        angryNotAbusive("Det er tredje gang, jeg skriver til jer om den samme faktura!!!");
        angryNotAbusive("Jeg er så træt af at vente. Nu er det nok, jeg vil have mine penge tilbage.");
        angryNotAbusive("HVOR ER MIN PAKKE? Den skulle være kommet i tirsdags.");
        angryNotAbusive("Jeg har IKKE bestilt to abonnementer!!");
        angryNotAbusive("Det er simpelthen ikke i orden, at ingen har svaret mig.");
    }

    @Test
    public void danishInsultsAndSwearingAreAbuse() {
        abusive("I er nogle amatører, alle sammen.");
        abusive("Jeres lortesystem har slettet min ordre.");
        abusive("Svar nu, din idiot.");
        abusive("Hvad fanden laver I derovre?");
        abusive("Fuck jer og jeres tilbud.");
        abusive("I er nogle svindlere, og det ved I godt.");
        abusive("Hold din mund og send mig pengene.");
    }

    @Test
    public void danishCalmMessagesAreNeitherHoweverLong() {
        calm("Hej, jeg har et spørgsmål til min faktura fra marts. Kan I hjælpe?");
        calm("Jeg kan ikke logge ind med MitID, selvom mit CPR er tastet rigtigt. Hvad gør jeg?");
        calm("Tak for hjælpen i går!");
        calm("Det er skidt, at pakken er forsinket, men det kan jo ske. Hvornår kommer den?");
        calm(("Jeg skriver, fordi vi er ved at flytte kontoret, og derfor vil vi gerne ændre leveringsadressen "
                + "på vores abonnement. Samtidig vil vi høre, om det er muligt at samle fakturaerne for vores to "
                + "afdelinger på én faktura, så vores bogholder får lidt mindre arbejde hver måned. ").repeat(3)
                + "Tak på forhånd, og god weekend.");
    }

    @Test
    public void englishAngerWithoutInsults() {
        angryNotAbusive("This is the third time I've asked about this refund!!!");
        angryNotAbusive("WHERE IS MY REFUND? You promised it last week.");
        angryNotAbusive("I've been waiting for weeks and nobody answers my emails.");
        angryNotAbusive("This stupid app logged me out again.");
        angryNotAbusive("Honestly, this is unacceptable. I want my money back.");
    }

    @Test
    public void englishInsultsAndSwearingAreAbuse() {
        abusive("You people are useless.");
        abusive("Your stupid company deleted my photos.");
        abusive("What the hell is going on with my order?");
        abusive("Fix it, you clowns.");
        abusive("Thanks for nothing, you're a joke.");
        abusive("My airpods stopped working and I'm ready to lose my shit.");
    }

    @Test
    public void englishCalmMessagesAreNeitherHoweverLong() {
        calm("Could you check my VPN and MFA settings? Thanks!");
        calm("Hope this is not a stupid question: how do I export to PDF?");
        calm("Hi, my order number is 12345. When will it ship?");
        calm(("We are moving offices next month, so I would like to update the delivery address on our "
                + "subscription. I would also like to know whether the invoices for our two teams can be "
                + "combined into one, which would make life easier for our bookkeeper. ").repeat(3)
                + "Thanks in advance and have a good weekend.");
    }

    @Test
    public void quotedWordsAreNotTheCustomerSwearing() {
        CustomerReading c = read("Your agent told me to \"shut up\" on the phone. Why?");
        assertFalse(c.abusive());
    }

    @Test
    public void wordsAndQuestionsAreCounted() {
        CustomerReading c = read("Hvor er min pakke? Hvornår kommer den? Kan I ringe til mig?");
        assertEquals(3, c.questions());
        assertEquals(12, c.words());
        assertEquals("da", c.language());
        assertEquals("one-word outbursts are not separate questions", 1,
                read("Which service has the whole film series?? Prime?? Hulu??? Why?").questions());
    }

    @Test
    public void withoutACustomerMessageThereIsNoReading() {
        assertFalse(ANALYZER.analyze(AnalysisRequest.of("Tak for din besked.")).customer().isPresent());
        assertFalse(ANALYZER.analyze(AnalysisRequest.of("Tak for din besked.").withCustomerText("  ")).customer()
                .isPresent());
    }
}
