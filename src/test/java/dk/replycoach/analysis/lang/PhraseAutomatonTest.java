package dk.replycoach.analysis.lang;

import dk.replycoach.analysis.text.Token;
import dk.replycoach.analysis.text.Tokenizer;
import org.junit.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class PhraseAutomatonTest {
    private final Tokenizer tokenizer = new Tokenizer(Set.of());

    private List<String> match(PhraseAutomaton a, String text) {
        List<Token> tokens = tokenizer.tokenize(text, null);
        return a.match(tokens).stream().map(m -> m.category().id() + ":" + m.phrase() + "@" + m.firstToken())
                .sorted().collect(Collectors.toList());
    }

    @Test
    public void exactStemAndAnyWordPatterns() {
        PhraseAutomaton a = PhraseAutomaton.builder()
                .add(PhraseCategory.ACKNOWLEDGE, Phrase.parse("jeg forstå*"))
                .add(PhraseCategory.EXCUSE, Phrase.parse("det er ikke * fejl"))
                .add(PhraseCategory.BUT_WORDS, Phrase.parse("men"))
                .build();
        assertEquals(List.of("acknowledge:jeg forstå*@0", "but-words:men@2"), match(a, "Jeg forstår, men"));
        assertEquals(List.of("excuse:det er ikke * fejl@0"), match(a, "Det er ikke min fejl"));
        assertEquals(List.of(), match(a, "mennesker forstår"));
    }

    @Test
    public void quotedTokensNeverMatch() {
        PhraseAutomaton a = PhraseAutomaton.builder().add(PhraseCategory.BUT_WORDS, Phrase.parse("men")).build();
        List<Token> tokens = tokenizer.tokenize("hej men hej", new boolean[] {false, false, false, false, true, true, true, false, false, false, false});
        assertEquals(0, a.match(tokens).size());
    }

    @Test
    public void ignoredPhrasesSwallowMatchesInsideThem() {
        PhraseAutomaton a = PhraseAutomaton.builder()
                .add(PhraseCategory.BUT_WORDS, Phrase.parse("men"))
                .ignore(Phrase.parse("men også"))
                .build();
        assertEquals(List.of(), match(a, "ikke kun hurtigt men også billigt"));
        assertEquals(List.of("but-words:men@1"), match(a, "hurtigt men dyrt"));
    }

    @Test
    public void manyPhrasesStillFindEveryOccurrence() {
        PhraseAutomaton.Builder b = PhraseAutomaton.builder();
        for (int i = 0; i < 20_000; i++) {
            b.add(PhraseCategory.EXCUSE, Phrase.parse("ord" + i + " nummer*"));
        }
        b.add(PhraseCategory.EXCUSE, Phrase.parse("vi har travlt"));
        PhraseAutomaton a = b.build();
        assertEquals(20_001, a.phraseCount());
        assertEquals(List.of("excuse:ord19999 nummer*@0", "excuse:vi har travlt@2"), match(a, "ord19999 nummeret vi har travlt"));
    }

    @Test
    public void phraseParsingDropsPunctuationAndRejectsEmptyOrHugePhrases() {
        assertEquals("tak fordi du kontaktede os", Phrase.parse("Tak, fordi du kontaktede os!").text());
        assertEquals("don't", Phrase.parse("don’t").text());
        assertEquals(null, Phrase.parse("# comment"));
        assertEquals(null, Phrase.parse("   "));
        for (String bad : new String[] {"*", "!!!", "a b c d e f g h i j k l m"}) {
            try {
                Phrase.parse(bad);
                fail("accepted '" + bad + "'");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("phrase"));
            }
        }
    }
}
