package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Suggestion;

import static org.junit.Assert.assertTrue;

/** Applies a finding's suggestion to the example it came from, so a test can check that the edit fixes it. */
final class Fixes {
    private Fixes() {
    }

    /** The example without its {@code [[ ]]} markers. */
    static String plain(String marked) {
        return marked.replace("[[", "").replace("]]", "");
    }

    /** The example with the finding's suggested edit applied; fails when the finding has none. */
    static String applied(String marked, Finding finding) {
        assertTrue("no suggestion on " + finding, finding.suggestion().isPresent());
        Suggestion s = finding.suggestion().get();
        return s.applyTo(plain(marked));
    }
}
