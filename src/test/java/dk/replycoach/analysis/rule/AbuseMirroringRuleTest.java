package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * {@code abuse-mirroring}: when the customer insults or swears, a reply that rebukes, lectures about
 * tone, threatens to end the talk or defends the agent feeds the abuse. The rule needs the
 * customer's message and only acts when it is abusive.
 */
public class AbuseMirroringRuleTest {
    private static final String DANISH_ABUSE = "I er nogle idioter! Hvor er min pakke?";
    private static final String ENGLISH_ABUSE = "You people are useless! Where is my parcel?";

    private final RuleExamples danish = RuleExamples.danish(AbuseMirroringRule.ID).customer(DANISH_ABUSE);
    private final RuleExamples english = RuleExamples.english(AbuseMirroringRule.ID).customer(ENGLISH_ABUSE);

    @Test
    public void danishRebukesOfAnAbusiveCustomerAreFlagged() {
        danish.check("[[Tal ordentligt]], [[ellers lukker jeg]] sagen.");
        danish.check("[[Der er ingen grund til at være uhøflig]]. Din ordre er sendt i dag.");
        danish.check("[[Jeg er også et menneske]], og jeg gør mit bedste for at finde pakken.");
        danish.check("[[Den tone accepterer vi ikke]]. Pakken er afsendt fra vores lager.");
    }

    @Test
    public void danishRepliesThatLeaveTheAbuseAloneAreFine() {
        danish.quiet("Jeg kan se, at du er meget utilfreds. Jeg har fundet din ordre og sender den i dag.");
        danish.quiet("Der er ingen grund til at bekymre sig; pengene er på vej tilbage til din konto.");
        danish.quiet("Hvis du fortsætter med at opleve problemer, så ring direkte til mig på 70 20 30 40.");
        danish.quiet("Du kan skifte sprog i appen under Indstillinger, og pakken kommer i morgen.");
    }

    @Test
    public void englishRebukesOfAnAbusiveCustomerAreFlagged() {
        english.check("[[There is no need to be rude]]. Your order ships today.");
        english.check("[[Calm down]], your refund is on its way.");
        english.check("[[Watch your language]] or [[I will end this chat]].");
        english.check("[[I'm just trying to help]] you here.");
    }

    @Test
    public void englishRepliesThatLeaveTheAbuseAloneAreFine() {
        english.quiet("I can see this has been really frustrating. I've found your order and it ships today.");
        english.quiet("There's no need to reinstall the app; the fix is on our side.");
        english.quiet("If you continue to have problems, reply here and I'll call you.");
        english.quiet("You can change your language in Settings, and the parcel arrives tomorrow.");
    }

    @Test
    public void swearingIsAbuseTooSoLecturingAboutItIsFlagged() {
        danish.customer("Hvad fanden laver I? Pakken er stadig ikke kommet.")
                .check("[[Der er ingen grund til at bande]]. Pakken kommer i morgen.");
        english.customer("Where the hell is my refund?")
                .check("[[Please stop swearing]]. The refund was sent today.");
    }

    @Test
    public void quietWhenTheCustomerIsCalmOrMerelyAngryOrUnknown() {
        String reply = "Slap af, pakken kommer i morgen.";
        RuleExamples.danish(AbuseMirroringRule.ID).quiet(reply);
        danish.customer("Hej, hvornår kommer min pakke?").quiet(reply);
        danish.customer("Det er tredje gang, jeg spørger!!!").quiet(reply);
        String english = "Calm down, the parcel arrives tomorrow.";
        RuleExamples.english(AbuseMirroringRule.ID).quiet(english);
        this.english.customer("Hi, when will my parcel arrive?").quiet(english);
        this.english.customer("This is the third time I've asked!!!").quiet(english);
    }

    @Test
    public void blocksByDefault() {
        List<Finding> findings = english.check("[[Calm down]], your refund is on its way.");
        assertEquals(Severity.BLOCK, findings.get(0).severity());
    }

    @Test
    public void javadocExamplesHold() {
        RuleExamples da = RuleExamples.danish(AbuseMirroringRule.ID).customer("I er nogle idioter!");
        da.check("[[Tal ordentligt]], [[ellers lukker jeg]] sagen.");
        da.quiet("Jeg kan se, at du er meget utilfreds. Jeg har fundet din ordre og sender den i dag.");
        RuleExamples en = RuleExamples.english(AbuseMirroringRule.ID).customer("You people are useless!");
        en.check("[[There is no need to be rude]].");
        en.quiet("I can see this has been really frustrating. I've found your order and it ships today.");
    }
}
