package dk.replycoach.config;

import dk.replycoach.analysis.ReplyAnalyzer;

/**
 * Where adapters get the analyzer built from the settings in force. Implementations rebuild it
 * when the settings change and otherwise hand out the same immutable instance.
 */
public interface AnalyzerSource {
    ReplyAnalyzer current();

    /** Always the bundled language packs with default settings. */
    static AnalyzerSource defaults() {
        ReplyAnalyzer analyzer = ReplyAnalyzer.withDefaults();
        return () -> analyzer;
    }
}
