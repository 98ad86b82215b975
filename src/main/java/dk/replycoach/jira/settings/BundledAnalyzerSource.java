package dk.replycoach.jira.settings;

import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.config.AnalyzerSource;

import javax.inject.Named;

/**
 * The analyzer Jira components use: the bundled language packs with the default rule settings.
 * Built once; it is immutable and shared by all threads of the node.
 */
@Named
public class BundledAnalyzerSource implements AnalyzerSource {
    private final ReplyAnalyzer analyzer = ReplyAnalyzer.withDefaults();

    @Override
    public ReplyAnalyzer current() {
        return analyzer;
    }
}
