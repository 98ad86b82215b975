package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Severity;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

/**
 * {@code blame-customer}: the reply points at the customer as the cause. Describing the way
 * forward, or reassuring that it was not their fault, is left alone.
 */
public class BlameCustomerRuleTest {
    private final RuleExamples da = RuleExamples.danish(BlameCustomerRule.ID);
    private final RuleExamples en = RuleExamples.english(BlameCustomerRule.ID);

    @Test
    public void danishBlameIsFlagged() {
        da.check("[[Du burde have læst]] vejledningen, før du tændte for maskinen.");
        da.check("[[Hvis du havde fulgt]] instruktionerne, var det ikke sket.");
        da.check("Returfristen er 14 dage, [[som du har accepteret]] ved købet.");
        da.check("Det er [[en brugerfejl]], og den dækker garantien ikke.");
        da.check("[[Det står tydeligt]] i vores betingelser.");
    }

    @Test
    public void danishWayForwardAndReassuranceAreQuiet() {
        da.quiet("Vejledningen står på side 3, og jeg går gerne igennem den med dig.");
        da.quiet("Det er ikke en brugerfejl, så jeg sender dig en ny maskine.");
        da.quiet("Det er ikke din skyld. Jeg retter adressen med det samme.");
        da.quiet("Du har gjort det helt rigtige ved at skrive til os.");
    }

    @Test
    public void englishBlameIsFlagged() {
        en.check("[[You should have checked]] the size chart.");
        en.check("[[You entered the wrong]] postcode at checkout.");
        en.check("Refunds take 14 days, [[as stated in our terms]].");
        en.check("[[If you had read]] the email, you would know the date.");
        en.check("Unfortunately [[you failed to]] cancel before the renewal.");
    }

    @Test
    public void englishWayForwardAndReassuranceAreQuiet() {
        en.quiet("The size chart is here, and I can swap the size for you right away.");
        en.quiet("This isn't user error, so I'll send a replacement today.");
        en.quiet("I'm sorry you were told the wrong delivery date.");
        en.quiet("You should have received a confirmation email; I've sent it again.");
        en.quiet("The serial number is clearly visible on the back of the box.");
    }

    @Test
    public void isAWarningByDefault() {
        assertEquals(Severity.WARNING, da.check("[[Det er din egen fejl]].").get(0).severity());
    }

    @Test
    public void theJavadocExamplesBehaveAsDocumented() {
        da.check("[[Du burde have læst]] vejledningen.");
        da.quiet("Vejledningen står på side 3, og jeg går gerne igennem den med dig.");
        en.check("[[You should have checked]] the size chart.");
        en.quiet("The size chart is here, and I can swap the size for you right away.");
    }
}
