package dk.replycoach.analysis.text;

import dk.replycoach.analysis.lang.LanguagePacks;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class LanguageGuesserTest {
    private final LanguageGuesser guesser;
    private final Tokenizer tokenizer = new Tokenizer(Set.of());

    public LanguageGuesserTest() {
        LanguagePacks packs = LanguagePacks.bundled();
        Map<String, Set<String>> stop = new LinkedHashMap<>();
        for (String code : packs.codes()) {
            stop.put(code, packs.get(code).stopWords());
        }
        guesser = new LanguageGuesser(stop, "da");
    }

    private LanguageGuess guess(String text) {
        return guesser.guess(tokenizer.tokenize(text, null));
    }

    @Test
    public void danishAndEnglishAreTold() {
        assertEquals("da", guess("Jeg kan godt forstå, at det er frustrerende, og jeg vil gerne hjælpe dig med det.").language());
        assertEquals("en", guess("I can see why this is frustrating, and I would like to help you with it.").language());
    }

    @Test
    public void confidenceGrowsWithEvidence() {
        LanguageGuess shortOne = guess("Tak skal du have");
        LanguageGuess longOne = guess("Tak skal du have for din besked, jeg har set på sagen og vender tilbage til dig i morgen.");
        assertTrue(longOne.confidence() >= shortOne.confidence());
        assertTrue(longOne.confidence() > 0.5);
    }

    @Test
    public void noEvidenceFallsBackToTheDefault() {
        LanguageGuess g = guess("12345 https://x.dk");
        assertEquals("da", g.language());
        assertTrue(g.fallback());
        assertEquals(0.0, g.confidence(), 0.0);
    }

    @Test
    public void danishLettersCountForDanish() {
        assertEquals("da", guess("Blåbærgrød på fløde").language());
    }
}
