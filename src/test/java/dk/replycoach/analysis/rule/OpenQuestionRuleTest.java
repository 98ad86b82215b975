package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * {@code open-question} (step 4): the reply should end, before the sign-off, with an open question
 * that hands the word back to the customer. A closed yes/no question gets a softer info.
 */
public class OpenQuestionRuleTest {
    private final RuleExamples da = RuleExamples.danish(OpenQuestionRule.ID);
    private final RuleExamples en = RuleExamples.english(OpenQuestionRule.ID);

    @Test
    public void danishReplyEndingWithoutAQuestionIsFlaggedOnItsLastSentence() {
        da.check("Tak for din besked. [[Pakken er sendt i dag.]]");
        da.check("Jeg beklager ventetiden. Hvad er dit ordrenummer? Jeg har sendt en ny vare. [[Den er hos dig i morgen.]]");
        da.check("Jeg har rettet adressen på din ordre.\n\n[[Du får en ny kvittering på mail]]\n\nMed venlig hilsen\nAnna");
    }

    @Test
    public void danishOpenQuestionAtTheEndIsQuiet() {
        da.quiet("Pakken er sendt i dag. Hvordan passer det dig at modtage den?");
        da.quiet("Jeg forstår godt din frustration. Hvad siger du til det?\n\nMed venlig hilsen\nAnna");
        da.quiet("Jeg har kigget på din sag. Hvilken dag vil du helst have besøg? Jeg glæder mig til at høre fra dig.");
        da.quiet("Tak for din tålmodighed. Hvornår er du hjemme i næste uge? Tak! God weekend!");
    }

    @Test
    public void danishOpenPromptCountsWithoutAQuestionMark() {
        da.quiet("Jeg er ked af, at stolen kom i stykker. Fortæl mig gerne, hvad der skete.");
        da.quiet("Jeg har sendt en ny oplader. Lad mig høre, hvordan den virker.");
        // A lone hv-word in an exclamation is not a question.
        da.check("Tak for billedet. [[Hvor er det ærgerligt.]]");
    }

    @Test
    public void danishPoliteClosedQuestionGivesInfoNotWarning() {
        List<Finding> f = da.check("Tak for din besked. [[Kunne du sende mig ordrenummeret?]]");
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals(Severity.INFO, da.check("Jeg har rettet fejlen. [[Virker det nu?]]").get(0).severity());
        assertEquals(Severity.INFO, da.check("[[Er det i orden, hvis jeg ringer i morgen?]]\n\nVenlig hilsen\nAnna").get(0).severity());
    }

    @Test
    public void englishReplyEndingWithoutAQuestionIsFlagged() {
        List<Finding> f = en.check("Thanks for your patience. [[Your account is unlocked.]]");
        assertEquals(Severity.WARNING, f.get(0).severity());
        en.check("What is your order number? I've found it myself now. [[The parcel ships today.]]");
        en.check("Sorry about that. [[Let us know if you have any other questions.]]");
    }

    @Test
    public void englishOpenQuestionAtTheEndIsQuiet() {
        en.quiet("Your account is unlocked. What else would help you get going again?");
        en.quiet("Which app is crashing? What system are you on? We're happy to help. Thanks!");
        en.quiet("I've refunded the charge. How would you like us to handle the replacement?\n\nKind regards,\nSam");
        en.quiet("Could you tell me more about what happened when you tried to log in?");
    }

    @Test
    public void englishOpenPromptCountsWithoutAQuestionMark() {
        en.quiet("I've sent a new code. Let us know how it goes!");
        en.quiet("Sorry to hear the app froze. Please tell us more about the device you use.");
    }

    @Test
    public void englishClosedQuestionGivesInfo() {
        List<Finding> f = en.check("I've reset your password. [[Could you try logging in again?]]");
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals(Severity.INFO, en.check("Sorry for the trouble. [[Is there anything else I can help with?]] Cheers!").get(0).severity());
        assertEquals(Severity.INFO, en.check("Thanks. [[Have you tried restarting the router?]]\n\nBest regards,\nKim").get(0).severity());
    }

    @Test
    public void suggestsAnOpenQuestionThatSatisfiesTheRule() {
        String marked = "Tak for din besked. [[Pakken er sendt i dag.]]";
        String fixed = Fixes.applied(marked, da.check(marked).get(0));
        assertEquals("Tak for din besked. Pakken er sendt i dag. Hvad vil passe dig bedst?", fixed);
        da.quiet(fixed);

        String english = "Thanks for your patience. [[Your account is unlocked.]] Thanks!";
        String fixedEnglish = Fixes.applied(english, en.check(english).get(0));
        assertEquals("Thanks for your patience. Your account is unlocked. What would work best for you? Thanks!", fixedEnglish);
        en.quiet(fixedEnglish);
    }

    @Test
    public void theJavadocExamplesBehaveAsDocumented() {
        da.check("[[Pakken er sendt i dag.]]");
        da.quiet("Pakken er sendt i dag. Hvordan passer det dig at modtage den?");
        en.check("[[Your account is unlocked.]]");
        en.quiet("Your account is unlocked. What else would help you get going again?");
        da.quiet("Hvad siger du til det? Jeg glæder mig til at høre fra dig.");
    }
}
