package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Suggestion;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertTrue;

/**
 * Applies the suggestions of findings to a reply, the way the panel's buttons would, so a test can
 * check that the edited reply is then fine. Edits go from the end backwards so earlier offsets
 * stay valid.
 */
final class SuggestionEdits {
    private SuggestionEdits() {
    }

    /** The reply as written, without the {@code [[ ]]} markers of {@link RuleExamples}. */
    static String unmarked(String markedReply) {
        return markedReply.replace("[[", "").replace("]]", "");
    }

    /** Applies every finding's suggestion; fails when a finding has none. */
    static String applyAll(String reply, List<Finding> findings) {
        List<Suggestion> edits = findings.stream()
                .map(f -> {
                    assertTrue("no suggestion for " + f, f.suggestion().isPresent());
                    return f.suggestion().get();
                })
                .sorted(Comparator.comparingInt(Suggestion::start).reversed())
                .collect(Collectors.toList());
        String text = reply;
        for (Suggestion s : edits) {
            text = s.applyTo(text);
        }
        return text;
    }
}
