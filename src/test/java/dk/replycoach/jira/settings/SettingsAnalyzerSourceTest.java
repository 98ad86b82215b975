package dk.replycoach.jira.settings;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.config.AdminSettings;
import org.junit.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class SettingsAnalyzerSourceTest {
    private final SharedPluginSettings database = new SharedPluginSettings();
    private final AtomicLong clock = new AtomicLong();
    private final SettingsStore store = new SettingsStore(database, clock::get);
    private final AtomicInteger builds = new AtomicInteger();
    private final SettingsAnalyzerSource source = new SettingsAnalyzerSource(store, rules -> {
        builds.incrementAndGet();
        return new ReplyAnalyzer(dk.replycoach.analysis.lang.LanguagePacks.bundled(), rules);
    });

    private static boolean flagsExcuse(ReplyAnalyzer a) {
        return a.analyze(AnalysisRequest.of("Solpletterne drillede os i dag.").withLanguage("da"))
                .findings().stream().anyMatch(f -> f.rule().equals("excuse"));
    }

    @Test
    public void theAnalyzerIsBuiltOnceAndSharedUntilTheSettingsChange() {
        ReplyAnalyzer first = source.current();
        for (int i = 0; i < 10; i++) {
            clock.addAndGet(SettingsStore.RECHECK_NANOS);
            assertSame(first, source.current());
        }
        assertEquals(1, builds.get());
        assertFalse(flagsExcuse(first));

        AdminSettings s = store.current();
        store.save(s.version(), s.toBuilder().extraPhrase("da", PhraseCategory.EXCUSE, "solpletterne drillede").build());
        ReplyAnalyzer second = source.current();
        assertNotSame(first, second);
        assertEquals(2, builds.get());
        assertTrue(flagsExcuse(second));
    }

    @Test
    public void aChangeOnAnotherNodeIsPickedUp() {
        SettingsStore otherNode = new SettingsStore(database, () -> 0);
        ReplyAnalyzer before = source.current();
        AdminSettings s = otherNode.current();
        otherNode.save(s.version(), s.toBuilder().enabled("excuse", false).extraPhrase("da", PhraseCategory.EXCUSE, "solpletterne drillede").build());
        clock.addAndGet(SettingsStore.RECHECK_NANOS);
        ReplyAnalyzer after = source.current();
        assertNotSame(before, after);
        assertFalse("the rule is off", after.settings().isEnabled("excuse"));
    }

    @Test
    public void settingsThatFailToBuildKeepThePreviousAnalyzer() {
        ReplyAnalyzer good = source.current();
        SettingsAnalyzerSource failing = new SettingsAnalyzerSource(store, rules -> {
            if (builds.incrementAndGet() > 2) {
                throw new IllegalStateException("boom");
            }
            return good;
        });
        assertSame(good, failing.current());
        AdminSettings s = store.current();
        store.save(s.version(), s.toBuilder().retentionDays(30).build());
        assertSame(good, failing.current());
    }
}
