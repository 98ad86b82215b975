package dk.replycoach.analysis.text;

import org.junit.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class SentenceSplitterTest {
    private final Tokenizer tokenizer = new Tokenizer(Set.of("f.eks.", "bl.a.", "kl.", "e.g.", "mr."));
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, tokenizer.tokenize(text, null)).stream()
                .map(s -> text.substring(s.start(), s.end())).collect(Collectors.toList());
    }

    @Test
    public void splitsAtTerminators() {
        assertEquals(List.of("Tak for din mail.", "Hvad kan jeg gøre?", "Godt!"), sentences("Tak for din mail. Hvad kan jeg gøre? Godt!"));
    }

    @Test
    public void abbreviationsAndNumbersDoNotEndASentence() {
        assertEquals(1, sentences("Vi kan f.eks. sende den kl. 12.30 i dag.").size());
        assertEquals(1, sentences("Talk to Mr. Smith, e.g. on Monday.").size());
    }

    @Test
    public void questionMarkIsRemembered() {
        String text = "Er det i orden? Ja.";
        List<Sentence> s = splitter.split(text, tokenizer.tokenize(text, null));
        assertTrue(s.get(0).isQuestion());
        assertEquals('.', s.get(1).terminator());
    }

    @Test
    public void blankLinesAndCapitalisedNewLinesSplit() {
        assertEquals(2, sentences("Pakken er sendt\n\nden kommer i morgen").size());
        assertEquals(2, sentences("Pakken er sendt\nDen kommer i morgen").size());
        assertEquals(1, sentences("Pakken er sendt og\nkommer i morgen").size());
    }

    @Test
    public void urlWithDotsStaysInItsSentence() {
        assertEquals(1, sentences("Se www.example.com/help.html for mere").size());
    }

    @Test
    public void aLinkFollowedByACapitalEndsTheSentence() {
        assertEquals(List.of("More help here: https://example.com/help", "These steps may also work: www.example.com/x",
                "I hope this helps!"),
                sentences("More help here: https://example.com/help These steps may also work: www.example.com/x I hope this helps!"));
        assertEquals(1, sentences("Go to https://example.com/help and click Account.").size());
    }

    @Test
    public void aSmileyOrEmojiFollowedByACapitalEndsTheSentence() {
        assertEquals(List.of("We expect more stock :)", "Most of it goes to the website."),
                sentences("We expect more stock :) Most of it goes to the website."));
        assertEquals(2, sentences("Tak for billedet \uD83D\uDE4C Vi sender en ny i dag.").size());
        assertEquals(2, sentences("Sorry about that :-( I will check it now.").size());
        assertEquals(1, sentences("Choose one option: (a) refund or (b) a new one.").size());
        assertEquals(1, sentences("We are open 9:00 (Monday to Friday).").size());
    }
}
