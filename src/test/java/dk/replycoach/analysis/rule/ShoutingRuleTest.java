package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * {@code shouting}: capitals and "!!" read as raised voice. Acronyms, codes, quoted labels, initials
 * and a single "!" are not shouting.
 */
public class ShoutingRuleTest {
    private final RuleExamples danish = RuleExamples.danish(ShoutingRule.ID);
    private final RuleExamples english = RuleExamples.english(ShoutingRule.ID);

    @Test
    public void danishCapitalsAndExclamationRunsAreShouting() {
        danish.check("Du skal [[IKKE]] genstarte routeren, mens den opdaterer.");
        danish.check("Vi har [[ALDRIG]] modtaget pakken retur fra dig.");
        danish.check("Tak for din besked[[!!!]] Jeg ser på den i dag.");
        danish.check("[[LÆS VENLIGST]] vejledningen, før du ringer igen.");
        danish.check("Det er [[NU]] tredje gang, vi sender koden[[!!]]");
    }

    @Test
    public void danishAcronymsQuotesAndOneExclamationMarkAreFine() {
        danish.quiet("Vi skal bruge dit CPR og en bekræftelse med MitID, før vi kan ændre adressen.");
        danish.quiet("Send os en DM med dit ordrenummer, så kigger jeg på det i dag!");
        danish.quiet("Vi overholder GDPR, og dine data bliver slettet i løbet af ugen.");
        danish.quiet("Fejlen „ADGANG NÆGTET“ betyder, at din adgangskode er udløbet.");
        danish.quiet("Forbindelsen går via VPN, så din IT-afdeling skal give dig adgang.");
        danish.quiet("Pakken er sendt med GLS og betalt med MobilePay. OK?");
    }

    @Test
    public void englishCapitalsAndExclamationRunsAreShouting() {
        english.check("Please do [[NOT]] reply to this address; use the form below.");
        english.check("Your refund was sent on Monday[[!!]]");
        english.check("[[PLEASE READ]] the steps below before you restart the router.");
        english.check("We have checked [[EVERYTHING]] on our side.");
        english.check("We [[DO NOT]] store card numbers[[?!!]]");
    }

    @Test
    public void englishAcronymsCodesInitialsAndOneExclamationMarkAreFine() {
        english.quiet("Please DM us your order number and I'll check the VPN settings today.");
        english.quiet("Under GDPR you can ask us to delete your data. We have started that already!");
        english.quiet("The error says “ACCESS DENIED”, which means the password has expired.");
        english.quiet("Call us 8am-5pm PT, M-F, and ask for the billing team.");
        english.quiet("Hi Sam. We ship to all states, HI and AK included.");
        english.quiet("The WHO guidance on cleaning devices is linked below.");
        english.quiet("Because of COVID, deliveries take two extra days this week.");
        english.quiet("Please send your KTN. ^JT");
        english.quiet("Our team will call you today. Thank you. SO");
        english.quiet("You can also order by phone on 1-800-FLOWERS.");
        english.quiet("Please update the firmware on your Z5N88AA before you restart it.");
    }

    @Test
    public void capitalsAcrossPunctuationAreNotOneShoutedPhrase() {
        // Two short codes separated by a comma stay codes; a shouted word beside them still counts.
        english.quiet("Your plan covers the US, EU and the UK.");
        english.check("Your plan covers the US, EU and the UK, [[ABSOLUTELY]] everywhere.");
    }

    @Test
    public void aShoutedWordAtTheEndIsNotTakenForInitials() {
        english.check("I have asked the courier to deliver it. [[NOW]]");
    }

    @Test
    public void warnsByDefault() {
        List<Finding> findings = english.check("Please do [[NOT]] reply to this address.");
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    public void suggestionsLowerTheVoiceAndTheResultIsQuiet() {
        String marked = "[[PLEASE READ]] the steps below, they do [[NOT]] take long[[!!!]]";
        String reply = SuggestionEdits.unmarked(marked);
        String fixed = SuggestionEdits.applyAll(reply, english.check(marked));
        assertEquals("Please read the steps below, they do not take long!", fixed);
        english.quiet(fixed);

        String danishMarked = "Du skal [[IKKE]] slette appen[[!!]]";
        String danishFixed = SuggestionEdits.applyAll(SuggestionEdits.unmarked(danishMarked), danish.check(danishMarked));
        assertEquals("Du skal ikke slette appen!", danishFixed);
        danish.quiet(danishFixed);
    }

    @Test
    public void javadocExamplesHold() {
        danish.check("Du skal [[IKKE]] genstarte routeren[[!!]]");
        danish.quiet("Lad være med at genstarte routeren, så den kan nå at opdatere.");
        english.check("Please do [[NOT]] reply to this email[[!!]]");
        english.quiet("Replies to this address are not read; the form below reaches us directly.");
    }
}
