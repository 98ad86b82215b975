package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Severity;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

/**
 * {@code condescending}: phrases that imply the customer should have understood already, or that
 * shift the apology onto their feelings. Friendly idioms that share the words are left alone.
 */
public class CondescendingRuleTest {
    private final RuleExamples da = RuleExamples.danish(CondescendingRule.ID);
    private final RuleExamples en = RuleExamples.english(CondescendingRule.ID);

    @Test
    public void danishTalkingDownIsFlagged() {
        da.check("[[Som jeg allerede har skrevet]], kommer pakken på fredag.");
        da.check("[[Du skal bare]] trykke på knappen.");
        da.check("[[Som sagt]] [[skal du bare]] genstarte routeren.");
        da.check("[[Det er jo ikke svært]] at finde ordrenummeret.");
        da.check("[[Læs venligst min tidligere mail]].");
    }

    @Test
    public void danishFriendlyIdiomsAreQuiet() {
        da.quiet("Du skal bare sige til, hvis du har brug for mere hjælp.");
        da.quiet("Så skal du bare skrive til os igen, så hjælper vi.");
        da.quiet("Som nævnt i din mail er stolen knækket, og jeg sender en ny.");
        da.quiet("Som nævnt nedenfor kan du vælge mellem to løsninger.");
        da.quiet("Prøv at genstarte routeren; det løser det oftest.");
    }

    @Test
    public void englishTalkingDownIsFlagged() {
        en.check("[[As I already said]], [[you just need to]] restart it.");
        en.check("[[Per my last email]], the refund has been issued.");
        en.check("[[Obviously]] the update has to be installed first.");
        en.check("I'm [[sorry you feel that way]] about the new plan.");
        en.check("[[It's not rocket science]], just unplug the router.");
    }

    @Test
    public void englishNeutralRepliesAreQuiet() {
        en.quiet("Restarting the router usually fixes this.");
        en.quiet("As mentioned below, you can choose between two options.");
        en.quiet("You clearly put a lot of thought into this idea, thank you.");
        en.quiet("Here is the quickest way to do it: open Settings and tap Reset.");
    }

    @Test
    public void isAWarningByDefault() {
        assertEquals(Severity.WARNING, en.check("[[Like I said]], it ships today.").get(0).severity());
    }

    @Test
    public void theJavadocExamplesBehaveAsDocumented() {
        da.check("[[Som jeg allerede har skrevet]], [[skal du bare]] genstarte routeren.");
        da.quiet("Prøv at genstarte routeren; det løser det oftest.");
        en.check("[[As I already said]], [[you just need to]] restart it.");
        en.quiet("Restarting the router usually fixes this.");
    }
}
