package dk.replycoach.analysis;

import dk.replycoach.analysis.lang.LanguagePacks;
import dk.replycoach.analysis.lang.PhraseCategory;
import org.junit.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReplyAnalyzerTest {
    private final ReplyAnalyzer analyzer = ReplyAnalyzer.withDefaults();

    private ReplyReport analyze(String text) {
        return analyzer.analyze(AnalysisRequest.of(text));
    }

    @Test
    public void emptyAndBlankTextGiveACleanReport() {
        for (String text : new String[] {"", "   \n\t ", null}) {
            ReplyReport r = analyzer.analyze(AnalysisRequest.of(text));
            assertTrue(r.findings().isEmpty());
            assertEquals(100, r.score());
            assertFalse(r.truncated());
            assertEquals(0, r.stats().words());
        }
    }

    @Test
    public void textOverTheCapIsTruncatedAndSaysSo() {
        String longText = "Tak for din besked. ".repeat(2000);
        ReplyReport r = analyze(longText);
        assertTrue(r.truncated());
        assertTrue(r.stats().words() <= RuleSettings.DEFAULT_MAX_CHARS / 4);
        for (Finding f : r.findings()) {
            assertTrue(f.end() <= RuleSettings.DEFAULT_MAX_CHARS);
        }
    }

    @Test
    public void theCapIsASetting() {
        ReplyAnalyzer small = new ReplyAnalyzer(LanguagePacks.bundled(), RuleSettings.builder().maxChars(50).build());
        assertTrue(small.analyze(AnalysisRequest.of("x".repeat(51))).truncated());
        assertFalse(small.analyze(AnalysisRequest.of("x".repeat(50))).truncated());
    }

    @Test
    public void languageCanBeForcedOrDetected() {
        String en = "Thank you for your patience. I will look into it today. What would work best for you?";
        assertEquals("en", analyze(en).language());
        assertEquals("da", analyzer.analyze(AnalysisRequest.of(en).withLanguage("da")).language());
        assertEquals("en", analyzer.analyze(AnalysisRequest.of(en).withLanguage("auto")).language());
    }

    @Test
    public void messagesFollowTheUiLanguageNotTheReplyLanguage() {
        String reply = "Jeg forstår din frustration, men pakken er sendt.";
        Finding da = analyzer.analyze(AnalysisRequest.of(reply).withUiLanguage("da")).findings().stream()
                .filter(f -> f.rule().equals("no-but")).findFirst().orElseThrow();
        Finding en = analyzer.analyze(AnalysisRequest.of(reply).withUiLanguage("en")).findings().stream()
                .filter(f -> f.rule().equals("no-but")).findFirst().orElseThrow();
        assertTrue(da.message(), da.message().contains("tager anerkendelsen"));
        assertTrue(en.message(), en.message().contains("takes back"));
    }

    @Test
    public void disabledRulesAndChangedSeveritiesAreRespected() {
        String reply = "Jeg forstår din frustration, men pakken er sendt.";
        RuleSettings off = RuleSettings.builder().enabled("no-but", false).build();
        RuleSettings block = RuleSettings.builder().severity("no-but", Severity.BLOCK).build();
        assertFalse(rules(new ReplyAnalyzer(LanguagePacks.bundled(), off).analyze(AnalysisRequest.of(reply))).contains("no-but"));
        ReplyReport blocked = new ReplyAnalyzer(LanguagePacks.bundled(), block).analyze(AnalysisRequest.of(reply));
        assertTrue(blocked.hasFindingAtLeast(Severity.BLOCK));
    }

    @Test
    public void extraAndIgnoredPhrasesFromSettingsTakeEffect() {
        String reply = "Tak for din besked. Det er helt efter bogen hos os. Hvad kan jeg gøre for dig?";
        assertFalse(rules(analyze(reply)).contains("competing"));
        RuleSettings extra = RuleSettings.builder().extraPhrase("da", PhraseCategory.COMPETING, "helt efter bogen").build();
        assertTrue(rules(new ReplyAnalyzer(LanguagePacks.bundled(), extra).analyze(AnalysisRequest.of(reply))).contains("competing"));

        String but = "Jeg forstår din frustration, men pakken er sendt.";
        RuleSettings ignore = RuleSettings.builder().ignorePhrase("da", "men").build();
        assertFalse(rules(new ReplyAnalyzer(LanguagePacks.bundled(), ignore).analyze(AnalysisRequest.of(but))).contains("no-but"));
    }

    @Test
    public void customerRulesOnlyRunWithACustomerMessage() {
        String reply = "Din sag er registreret, og jeg kigger på den i dag.";
        ReplyReport without = analyze(reply);
        assertFalse(without.customer().isPresent());
        ReplyReport with = analyzer.analyze(AnalysisRequest.of(reply).withCustomerText("I er nogle idioter! Det er HELT uacceptabelt!!!"));
        assertTrue(with.customer().get().angry());
        assertTrue(with.customer().get().abusive());
        assertTrue(rules(with).contains("ask-feelings"));
        assertFalse(rules(without).contains("ask-feelings"));
    }

    @Test
    public void findingsAreInTextOrderWithExcerptsFromTheText() {
        String reply = "Som sagt er det vores politik!! Du burde have læst betingelserne.";
        ReplyReport r = analyze(reply);
        int last = -1;
        for (Finding f : r.findings()) {
            assertTrue(f.start() >= last);
            last = f.start();
            assertEquals(reply.substring(f.start(), f.end()), f.excerpt());
        }
    }

    @Test
    public void oneAnalyzerSharedBySixteenThreadsGivesTheSameReports() throws Exception {
        List<String> replies = List.of(
                "Jeg forstår din frustration, men pakken er sendt. Som sagt er det vores politik!!",
                "Thanks for reaching out. I'll check your order today and get back to you by 3 pm. What would work best?",
                "Det kan vi ikke hjælpe med. Kontakt en anden afdeling.",
                "You should have read our terms. That is final.");
        List<String> expected = replies.stream().map(t -> dk.replycoach.json.ReportJson.toJson(analyze(t))).collect(Collectors.toList());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 16; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        int k = i % replies.size();
                        if (!expected.get(k).equals(dk.replycoach.json.ReportJson.toJson(analyze(replies.get(k))))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> rules(ReplyReport r) {
        return r.findings().stream().map(Finding::rule).collect(Collectors.toList());
    }
}
