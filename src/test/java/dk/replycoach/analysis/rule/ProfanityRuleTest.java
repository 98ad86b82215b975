package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.Severity;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * {@code profanity}: swearing or insults in the agent's own words block the reply. Harmless words
 * that contain a swear word, kind uses of a judging word and quoted customer words do not.
 */
public class ProfanityRuleTest {
    private final RuleExamples danish = RuleExamples.danish(ProfanityRule.ID);
    private final RuleExamples english = RuleExamples.english(ProfanityRule.ID);

    @Test
    public void danishSwearingAndInsultsAreFlagged() {
        danish.check("Det er [[fandme]] ikke vores fejl, at pakken er forsinket.");
        danish.check("[[For fanden]], nu er pakken sendt til den forkerte adresse igen.");
        danish.check("Det [[lortesystem]] driller igen, men jeg har genstartet det.");
        danish.check("Jeg har svaret dig tre gange, [[din idiot]].");
        danish.check("Det ændrer ikke en [[skid]], at du ringer igen.");
        danish.check("[[Hold kæft]], hvor er det ærgerligt med din ordre.");
    }

    @Test
    public void danishHarmlessLookalikesAndQuotedCustomerWordsAreFine() {
        danish.quiet("Det var skidt, at pakken kom for sent. Vi sender en ny i dag.");
        danish.quiet("Røveriet i butikken har desværre forsinket udleveringen af din cykel.");
        danish.quiet("Der er desværre skrid i tidsplanen, så jeg ringer til dig i morgen.");
        danish.quiet("Du skrev „I er nogle idioter“, og jeg kan godt forstå, at du er vred.");
        danish.quiet("Du skrev \"det er noget lort\", og det har du ret i. Jeg retter fejlen i dag.");
        danish.quiet("Det er pikant, at fakturaen allerede var betalt, så du får pengene tilbage.");
        danish.quiet("Vi har desværre udsolgt af svin og kalv til jul, men der kommer mere på fredag.");
    }

    @Test
    public void englishSwearingAndInsultsAreFlagged() {
        english.check("[[What the hell]] happened to your order?");
        english.check("Sorry, that update was [[crap]] and we're rolling it back.");
        english.check("Our courier is a [[moron]], I'm afraid.");
        english.check("Read the manual, [[you muppet]].");
        english.check("That's a [[stupid question]], the answer is on our site.");
        english.check("I don't care, [[bitch]].");
    }

    @Test
    public void englishHarmlessLookalikesKindWordsAndQuotesAreFine() {
        english.quiet("Hello Ms Hancock, I can assist with your account today.");
        english.quiet("That's not a stupid question at all! Here is how it works.");
        english.quiet("Sorry the app has been useless for you today; the fix is out tomorrow.");
        english.quiet("You wrote “you people are idiots”, and I understand why you're angry.");
        english.quiet("Muppets Now is streaming on Disney+ from Friday.");
        english.quiet("Scammers may pretend to be us; we never ask for your password.");
    }

    @Test
    public void blocksByDefaultWhateverTheCustomerWrote() {
        List<Finding> findings = english.check("This is a [[damn]] [[stupid question]].");
        findings.forEach(f -> assertEquals(Severity.BLOCK, f.severity()));
        List<Finding> toCalmCustomer = danish.customer("Hej, hvor kan jeg se min faktura?")
                .check("Den ligger [[fandme]] under Mine sider.");
        assertEquals(Severity.BLOCK, toCalmCustomer.get(0).severity());
        assertTrue(ReplyAnalyzer.withDefaults().analyze(AnalysisRequest.of("Det er fandme ikke vores fejl."))
                .hasFindingAtLeast(Severity.BLOCK));
    }

    @Test
    public void javadocExamplesHold() {
        danish.check("Det er [[fandme]] ikke vores fejl, [[din idiot]].");
        danish.quiet("Jeg kan se, at det her har gjort dig vred. Jeg ser på sagen nu.");
        english.check("This is a [[damn]] [[stupid question]].");
        english.quiet("Good question. Here is how it works.");
    }
}
