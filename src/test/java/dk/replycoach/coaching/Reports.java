package dk.replycoach.coaching;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.ReplyStats;
import dk.replycoach.analysis.Severity;
import dk.replycoach.guidance.ConflictStyle;
import dk.replycoach.guidance.StyleReading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Engine reports made by hand, so coaching tests do not depend on phrase lists. */
public final class Reports {
    private Reports() {
    }

    /** A report whose findings are one warning per rule id. */
    public static ReplyReport withRules(String... ruleIds) {
        List<Finding> findings = new ArrayList<>();
        for (String id : ruleIds) {
            findings.add(new Finding(id, Severity.WARNING, 0, 1, "x", "m", "g", null));
        }
        return report(70, findings, null);
    }

    public static ReplyReport report(int score, List<Finding> findings, ConflictStyle style) {
        StyleReading reading = new StyleReading(style == null ? Map.of() : Map.of(style, 1.0), style, "");
        return new ReplyReport("da", 1.0, score, null, reading, null, new ReplyStats(42, 3, 30, 6), findings, false);
    }
}
