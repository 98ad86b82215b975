package dk.replycoach.cli;

import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.Messages;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Suggestion;
import dk.replycoach.guidance.StepChecklist;

/** The human-readable form of a report, with line:column positions, in the agent's UI language. */
final class TextReport {
    private final Messages m;

    TextReport(String uiLanguage) {
        this.m = Messages.forLanguage(uiLanguage);
    }

    String render(String name, String text, ReplyReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(": ").append(m.get("replycoach.cli.score", r.score(), r.language())).append('\n');
        if (r.truncated()) {
            sb.append("  ").append(m.get("replycoach.cli.truncated")).append('\n');
        }
        StepChecklist s = r.steps();
        step(sb, s.acknowledge(), "replycoach.step.acknowledge");
        step(sb, s.noBut(), "replycoach.step.noBut");
        step(sb, s.briefInformation(), "replycoach.step.briefInformation");
        step(sb, s.openQuestion(), "replycoach.step.openQuestion");
        String style = r.style().dominant().map(d -> m.get("replycoach.style." + d.id() + ".name"))
                .orElse(m.get("replycoach.style.none.name"));
        sb.append("  ").append(m.get("replycoach.cli.style")).append(": ").append(style).append('\n');
        r.customer().ifPresent(c -> sb.append("  ").append(m.get("replycoach.cli.customer",
                yesNo(c.angry()), yesNo(c.abusive()))).append('\n'));
        if (r.findings().isEmpty()) {
            sb.append("  ").append(m.get("replycoach.cli.noFindings")).append('\n');
        }
        for (Finding f : r.findings()) {
            sb.append("  ").append(position(text, f.start())).append(' ')
                    .append(m.get("replycoach.severity." + f.severity().id())).append(" [").append(f.rule()).append("] ")
                    .append('"').append(oneLine(f.excerpt())).append("\": ").append(f.message()).append('\n');
            sb.append("      ").append(f.guidance()).append('\n');
            if (f.suggestion().isPresent()) {
                Suggestion sug = f.suggestion().get();
                String key = sug.isInsert() ? "replycoach.cli.suggestion.insert" : "replycoach.cli.suggestion.replace";
                sb.append("      ").append(m.get(key, oneLine(sug.text()), position(text, sug.start()))).append('\n');
            }
        }
        return sb.toString();
    }

    private void step(StringBuilder sb, boolean ok, String key) {
        sb.append("  [").append(ok ? 'x' : ' ').append("] ").append(m.get(key)).append('\n');
    }

    private String yesNo(boolean b) {
        return m.get(b ? "replycoach.cli.yes" : "replycoach.cli.no");
    }

    /** 1-based line:column of an offset. */
    static String position(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return line + ":" + col;
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ').replace('\r', ' ');
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }
}
