package dk.replycoach.guidance;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Messages;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Severity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a reply may go to the customer: it is stopped when a finding reaches the configured
 * severity. Used by the workflow validator and the send gate, so both explain a block the same way.
 */
public final class ReplyGate {
    /** Longest message given back to Jira; the form shows it under the comment field. */
    public static final int MAX_MESSAGE_CHARS = 2000;

    private final Severity blockAt;

    public ReplyGate(Severity blockAt) {
        this.blockAt = blockAt;
    }

    public Severity blockAt() {
        return blockAt;
    }

    /** The findings that stop the reply; empty when it may go. */
    public List<Finding> blocking(ReplyReport report) {
        return report.findings().stream().filter(f -> f.severity().atLeast(blockAt)).collect(Collectors.toList());
    }

    /**
     * Compact plain text for the agent: a heading, then per finding its message, the excerpt and
     * the suggested edit or the guidance. Plain text only; whoever shows it escapes it.
     */
    public String explain(List<Finding> blocking, Messages m) {
        StringBuilder sb = new StringBuilder(m.get("replycoach.gate.heading", blocking.size()));
        for (Finding f : blocking) {
            sb.append("\n- ").append(f.message()).append(" (\u201c").append(shorten(f.excerpt())).append("\u201d)");
            if (f.suggestion().isPresent()) {
                String text = f.suggestion().get().text().strip();
                String key = f.suggestion().get().isInsert() ? "replycoach.gate.insert" : "replycoach.gate.replace";
                sb.append(' ').append(m.get(key, text.isEmpty() ? "\u2014" : text));
            } else {
                sb.append(' ').append(f.guidance());
            }
            if (sb.length() > MAX_MESSAGE_CHARS) {
                return sb.substring(0, MAX_MESSAGE_CHARS - 1) + "\u2026";
            }
        }
        return sb.toString();
    }

    private static String shorten(String excerpt) {
        String one = excerpt.replaceAll("\\s+", " ").strip();
        return one.length() > 60 ? one.substring(0, 59) + "\u2026" : one;
    }
}
