package dk.replycoach.analysis.text;

import org.junit.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer(Set.of("f.eks.", "bl.a.", "ca.", "kl.", "e.g.", "i.e.", "mr."));

    private List<String> keys(String text) {
        return tokenizer.tokenize(text, null).stream().map(Token::key).collect(Collectors.toList());
    }

    private List<TokenType> types(String text) {
        return tokenizer.tokenize(text, null).stream().map(Token::type).collect(Collectors.toList());
    }

    @Test
    public void abbreviationsAreOneTokenWithTheirDots() {
        assertEquals(List.of("f.eks", "bl.a", "kl", "12.30"), keys("f.eks. bl.a. kl. 12.30"));
        assertEquals(List.of("e.g", "mr", "smith"), keys("e.g. Mr. Smith"));
        assertEquals(TokenType.ABBREVIATION, types("f.eks.").get(0));
    }

    @Test
    public void aWordBeforeAFullStopIsNotAnAbbreviation() {
        assertEquals(List.of("sendt", "i", "dag"), keys("sendt i dag."));
    }

    @Test
    public void urlsMailsHandlesTicketKeysAndNumbersAreSingleTokens() {
        String text = "See https://example.com/a.b?c=1, mail anna.b@firma.dk, ping @support_dk about ABC-123 for 1.000,50 kr at 12:30.";
        List<Token> tokens = tokenizer.tokenize(text, null);
        assertEquals("https://example.com/a.b?c=1", text.substring(tokens.get(1).start(), tokens.get(1).end()));
        assertTrue(tokens.stream().anyMatch(t -> t.type() == TokenType.EMAIL && t.key().equals("anna.b@firma.dk")));
        assertTrue(tokens.stream().anyMatch(t -> t.type() == TokenType.HANDLE && t.key().equals("@support_dk")));
        assertTrue(tokens.stream().anyMatch(t -> t.type() == TokenType.TICKET_KEY && t.key().equals("abc-123")));
        assertTrue(tokens.stream().anyMatch(t -> t.type() == TokenType.NUMBER && t.key().equals("1.000,50")));
        assertTrue(tokens.stream().anyMatch(t -> t.type() == TokenType.NUMBER && t.key().equals("12:30")));
    }

    @Test
    public void apostrophesAndHyphensInsideWordsAreKept() {
        assertEquals(List.of("don't", "e-mail", "we're"), keys("Don’t e-mail - we're"));
    }

    @Test
    public void keysAreLowerCaseAndAccentFoldedButKeepDanishLetters() {
        assertEquals(List.of("café", "får", "ærlig"), List.of(MatchKey.of("CAFÉ").replace("e", "é"), MatchKey.of("Får"), MatchKey.of("Ærlig")));
        assertEquals("cafe", MatchKey.of("Café"));
    }

    @Test
    public void allCapsNeedsTwoLetters() {
        List<Token> tokens = tokenizer.tokenize("I said NOT now", null);
        assertFalse(tokens.get(0).allCaps());
        assertTrue(tokens.get(2).allCaps());
    }

    @Test
    public void offsetsPointIntoTheText() {
        String text = "  Hej  Peter ";
        for (Token t : tokenizer.tokenize(text, null)) {
            assertEquals(t.key(), MatchKey.of(text.substring(t.start(), t.end())));
        }
    }
}
