package dk.replycoach.jira.settings;

import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.config.AnalyzerSource;

import javax.inject.Named;

/**
 * The analyzer with the bundled language packs and default settings, until the admin settings
 * adapter provides the configured one (it replaces this component).
 */
@Named
public final class BundledAnalyzerSource implements AnalyzerSource {
    private final ReplyAnalyzer analyzer = ReplyAnalyzer.withDefaults();

    @Override
    public ReplyAnalyzer current() {
        return analyzer;
    }
}
