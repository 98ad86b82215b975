package dk.replycoach.jira.settings;

import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.RuleSettings;
import dk.replycoach.analysis.lang.LanguagePacks;
import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.AnalyzerSource;
import dk.replycoach.config.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.function.Function;

/**
 * The analyzer for the settings in force. Building one compiles every phrase list into an automaton,
 * so it is built only when the settings change and otherwise the same immutable instance is shared
 * by all threads of the node. The repository hands out the same settings instance until they
 * change, which makes the check a reference comparison.
 */
@Named
public class SettingsAnalyzerSource implements AnalyzerSource {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsAnalyzerSource.class);

    private final SettingsRepository settings;
    private final Function<RuleSettings, ReplyAnalyzer> build;
    private volatile Built built;

    private static final class Built {
        final AdminSettings settings;
        final ReplyAnalyzer analyzer;

        Built(AdminSettings settings, ReplyAnalyzer analyzer) {
            this.settings = settings;
            this.analyzer = analyzer;
        }
    }

    @Inject
    public SettingsAnalyzerSource(SettingsRepository settings) {
        this(settings, rules -> new ReplyAnalyzer(LanguagePacks.bundled(), rules));
    }

    SettingsAnalyzerSource(SettingsRepository settings, Function<RuleSettings, ReplyAnalyzer> build) {
        this.settings = settings;
        this.build = build;
    }

    @Override
    public ReplyAnalyzer current() {
        AdminSettings now = settings.current();
        Built b = built;
        if (b != null && b.settings == now) {
            return b.analyzer;
        }
        synchronized (this) {
            b = built;
            if (b != null && b.settings == now) {
                return b.analyzer;
            }
            ReplyAnalyzer analyzer;
            try {
                analyzer = build.apply(now.toRuleSettings());
            } catch (RuntimeException e) {
                // Validated settings should always build; if not, keep checking replies with what worked.
                LOG.warn("Reply Coach could not apply settings version {} ({}); keeping the previous analyzer",
                        now.version(), e.toString());
                analyzer = b != null ? b.analyzer : ReplyAnalyzer.withDefaults();
            }
            built = new Built(now, analyzer);
            return analyzer;
        }
    }
}
