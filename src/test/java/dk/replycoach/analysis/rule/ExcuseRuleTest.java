package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Severity;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

/**
 * {@code excuse}: the agent defends or excuses themselves (busy, understaffed, someone else's
 * fault) instead of owning the problem. A short, factual cause is information and is left alone.
 */
public class ExcuseRuleTest {
    private final RuleExamples da = RuleExamples.danish(ExcuseRule.ID);
    private final RuleExamples en = RuleExamples.english(ExcuseRule.ID);

    @Test
    public void danishExcusesAreFlagged() {
        da.check("Beklager ventetiden. [[Vi har rigtig travlt]] i øjeblikket.");
        da.check("[[Det er ikke min fejl]], at pakken er forsinket.");
        da.check("Svaret kom sent, fordi [[vi er underbemandede]] i denne uge.");
        da.check("Fakturaen var forkert. [[Min kollega har glemt]] at fjerne gebyret.");
        da.check("[[Det ligger uden for vores kontrol]], når fragtfirmaet er forsinket.");
    }

    @Test
    public void danishFactsAndOwnershipAreNotExcuses() {
        da.quiet("Forsinkelsen skyldes, at din adgangskode er udløbet. Jeg har sendt dig en ny.");
        da.quiet("Det er systemet, der sender kvitteringen, så den kommer om et øjeblik.");
        da.quiet("Det var min kollega, der talte med dig i går, og hun har givet mig alle detaljer.");
        da.quiet("Det er vores ansvar, og jeg sørger for, at det bliver rettet i dag.");
    }

    @Test
    public void englishExcusesAreFlagged() {
        en.check("[[It's not my fault]] the parcel is late.");
        en.check("Sorry for the slow reply, [[we're short-staffed]] this week.");
        en.check("Your call waited because of a [[high volume of calls]] this morning.");
        en.check("The refund is [[out of my hands]], I'm afraid.");
        en.check("[[I'm just the messenger]] here.");
    }

    @Test
    public void englishFactsAndOwnershipAreNotExcuses() {
        en.quiet("The charge came from an expired card, so I've switched it to your new one.");
        en.quiet("It's the system that sends the reminder, and I've turned it off for you.");
        en.quiet("I've forwarded this to the other department and will call you tomorrow.");
        en.quiet("Don't worry, it's not your fault. I'll sort it out today.");
    }

    @Test
    public void isAWarningSpanningThePhrase() {
        assertEquals(Severity.WARNING, en.check("[[We are understaffed]] at the moment.").get(0).severity());
    }

    @Test
    public void theJavadocExamplesBehaveAsDocumented() {
        da.check("[[Det skyldes, at vi har]] travlt i øjeblikket.");
        da.quiet("Jeg tager mig af din sag nu og vender tilbage i dag.");
        en.check("[[It is not my fault]], the system was down.");
        en.quiet("I am sorry this hit you. I have reprocessed the order and it ships today.");
    }
}
