package dk.replycoach.analysis.lang;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class LanguagePacksTest {
    private final LanguagePacks packs = LanguagePacks.bundled();

    @Test
    public void danishAndEnglishShip() {
        assertEquals(java.util.List.of("da", "en"), packs.codes());
    }

    @Test
    public void everyCategoryHasPhrasesInEveryLanguage() {
        for (String code : packs.codes()) {
            LanguagePack p = packs.get(code);
            for (PhraseCategory c : PhraseCategory.values()) {
                assertFalse(code + "/" + c.id() + ".txt is empty", p.phrases(c).isEmpty());
            }
            assertTrue(code + " has hundreds of phrases", p.phraseCount() >= 500);
            assertFalse(p.stopWords().isEmpty());
            assertFalse(p.abbreviations().isEmpty());
            assertFalse(p.acronyms().isEmpty());
        }
    }

    @Test
    public void everySuggestionKeyIsFilledInEveryLanguage() {
        for (String code : packs.codes()) {
            for (String key : new String[] {"thank-opener.insert", "acknowledge.insert", "open-question.insert",
                    "ask-feelings.insert", "confirm-understanding.insert", "ownership-plan.insert", "no-but.replace"}) {
                assertFalse(code + " " + key, packs.get(code).suggestion(key).isEmpty());
            }
        }
    }

    @Test
    public void stopWordListsDoNotShareWords() {
        java.util.Set<String> shared = new java.util.HashSet<>(packs.get("da").stopWords());
        shared.retainAll(packs.get("en").stopWords());
        assertTrue("shared stop words blur language guessing: " + shared, shared.isEmpty());
    }
}
