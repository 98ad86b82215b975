package dk.replycoach.analysis.text;

import org.junit.Test;

import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReplyCleanerTest {
    private final ReplyCleaner cleaner = new ReplyCleaner(Set.of("hej", "hi", "kære", "dear", "good morning"),
            Set.of("med venlig hilsen", "venlig hilsen", "kind regards", "best regards", "mvh"));

    private String content(String text) {
        CleanedReply c = cleaner.clean(text);
        assertEquals("masking keeps every offset", text.length(), c.content().length());
        return c.content().replaceAll("\\s+", " ").trim();
    }

    @Test
    public void wikiQuotesCodeAndNoformatAreMasked() {
        assertEquals("Tak. Svar.", content("Tak. {quote}men du lovede{quote} Svar."));
        assertEquals("Prøv dette: Virker det?", content("Prøv dette: {code:java}x = y;{code} Virker det?"));
        assertEquals("Log: OK?", content("Log: {noformat}ERROR men{noformat} OK?"));
        assertEquals("Svar.", content("bq. citat fra kunden\nSvar."));
        assertEquals("Svar.", content("> du skrev men\n> noget\nSvar."));
    }

    @Test
    public void unclosedQuoteRunsToTheEndLikeJiraRendersIt() {
        assertEquals("Tak.", content("Tak. {quote}resten"));
    }

    @Test
    public void mailHistoryIsMasked() {
        assertEquals("Tak for svaret.", content("Tak for svaret.\n\nOn Mon, 3 Jun 2024, Anna <a@b.dk> wrote:\n> hej men"));
        assertEquals("Tak for svaret.", content("Tak for svaret.\nDen tir. 3. jun. 2024 kl. 10.00 skrev Anna <a@b.dk>:\nmen"));
        assertEquals("Thanks.", content("Thanks.\n-----Original Message-----\nFrom: x"));
        assertEquals("Tak.", content("Tak.\n-----Oprindelig meddelelse-----\nFra: x"));
    }

    @Test
    public void signatureAndSignOffAreMaskedAndRemembered() {
        CleanedReply c = cleaner.clean("Hej Peter,\n\nPakken er sendt.\n\nMed venlig hilsen\nAnna\nKundeservice");
        assertTrue(c.hasGreeting());
        assertTrue(c.hasSignOff());
        assertEquals("Pakken er sendt.", c.content().trim());
        assertEquals("Hej Peter,", c.original().substring(c.greetingStart(), c.greetingEnd()));
        assertEquals("Thanks for asking.", content("Thanks for asking.\n-- \nTom\nSupport"));
        assertEquals("It ships today.", content("Hi Kate,\nIt ships today.\nKind regards, Tom"));
    }

    @Test
    public void greetingOnTheSameLineAsContentMasksOnlyTheGreeting() {
        assertEquals("thanks for reaching out!", content("Hi Kate, thanks for reaching out!"));
    }

    @Test
    public void aSignOffWordInsideContentIsNotASignature() {
        CleanedReply c = cleaner.clean("Mvh er en forkortelse, som mange bruger i mails og breve hver eneste dag.");
        assertFalse(c.hasSignOff());
    }

    @Test
    public void linkTargetsMacrosAndMentionsAreMasked() {
        assertEquals("Se guiden her.", content("Se [guiden|https://x.dk/a] her."));
        assertEquals("Tak", content("{color:red}Tak{color}"));
        assertEquals("kan du se?", content("[~anna] kan du se?"));
        assertEquals("Se", content("Se !skærm.png!"));
    }

    @Test
    public void inlineQuotesAreMarked() {
        CleanedReply c = cleaner.clean("Du skrev \"jeg har betalt, men intet fået\" i går.");
        int men = c.original().indexOf("men");
        assertTrue(c.quotedMask()[men]);
        assertFalse(c.quotedMask()[c.original().indexOf("går")]);
    }

    @Test
    public void socialMediaHandlesAndInitialsAreNotContent() {
        CleanedReply c = cleaner.clean("@USER @shop Hi Kate, it ships today. /RB");
        assertTrue(c.hasGreeting());
        assertTrue(c.hasSignOff());
        assertEquals("it ships today.", c.content().trim());
        assertEquals("It works - great", content("It works - great"));
        assertEquals("Done.", content("Done. ^KM"));
        assertEquals("Any error code? Thanks.", content("Any error code? Thanks.^Kartika"));
        assertEquals("Please send us a message.", content("Please send us a message. ^DS https://t.co/abc"));
        assertEquals("Which version is it?", content("Which version is it? -Shie 3/3"));
        assertEquals("Which version is it?", content("Which version is it? _Rjay (1/2)"));
        assertEquals("The fix is in version 2/3", content("The fix is in version 2/3"));
        assertEquals("See https://example.com/help", content("See https://example.com/help"));
        assertEquals("Thanks!", content("Thanks! -Steve"));
    }

    @Test
    public void aGreetingThatGoesOnAsASentenceKeepsTheSentence() {
        assertEquals("og tak for din besked. Pakken er sendt.", content("Hej og tak for din besked.\nPakken er sendt."));
        assertEquals("and thanks for reaching out. It ships today.", content("Hi and thanks for reaching out. It ships today."));
        assertEquals("Tak for din mail.", content("Kære kunde,\nTak for din mail."));
        assertEquals("Tak for din mail.", content("Hej Peter Hansen,\nTak for din mail."));
    }
}
