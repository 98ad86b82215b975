package dk.replycoach.json;

import dk.replycoach.analysis.CustomerReading;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Suggestion;
import dk.replycoach.guidance.ConflictStyle;
import dk.replycoach.guidance.StepChecklist;

/** The JSON form of a report (DESIGN §3), shared by the CLI and the REST resource. */
public final class ReportJson {
    private ReportJson() {
    }

    public static String toJson(ReplyReport report) {
        // About 500 characters per finding (message, guidance, excerpt, suggestion) and 600 around
        // them; beyond 16K characters the buffer grows as needed rather than being guessed.
        JsonWriter w = new JsonWriter(Math.min(600 + 500 * report.findings().size(), 16 * 1024));
        write(w, report, null);
        return w.toString();
    }

    /** Writes the report object; {@code id}, when given, comes first (CSV rows). */
    public static void write(JsonWriter w, ReplyReport r, String id) {
        w.beginObject();
        if (id != null) {
            w.name("id").value(id);
        }
        w.name("language").value(r.language());
        w.name("languageConfidence").value(r.languageConfidence());
        w.name("score").value(r.score());
        StepChecklist s = r.steps();
        w.name("steps").beginObject()
                .name("acknowledge").value(s.acknowledge())
                .name("noBut").value(s.noBut())
                .name("briefInformation").value(s.briefInformation())
                .name("openQuestion").value(s.openQuestion())
                .endObject();
        w.name("style").beginObject();
        w.name("dominant").value(r.style().dominant().map(ConflictStyle::id).orElse(null));
        w.name("scores").beginObject();
        for (ConflictStyle style : ConflictStyle.values()) {
            w.name(style.id()).value(r.style().score(style));
        }
        w.endObject();
        w.name("advice").value(r.style().advice());
        w.endObject();
        w.name("customer");
        if (r.customer().isPresent()) {
            CustomerReading c = r.customer().get();
            w.beginObject().name("angry").value(c.angry()).name("abusive").value(c.abusive()).endObject();
        } else {
            w.nullValue();
        }
        w.name("stats").beginObject()
                .name("words").value(r.stats().words())
                .name("sentences").value(r.stats().sentences())
                .name("lix").value(r.stats().lix())
                .name("gradeLevel").value(r.stats().gradeLevel())
                .endObject();
        w.name("truncated").value(r.truncated());
        w.name("findings").beginArray();
        for (Finding f : r.findings()) {
            finding(w, f);
        }
        w.endArray();
        w.endObject();
    }

    private static void finding(JsonWriter w, Finding f) {
        w.beginObject()
                .name("rule").value(f.rule())
                .name("severity").value(f.severity().id())
                .name("start").value(f.start())
                .name("end").value(f.end())
                .name("excerpt").value(f.excerpt())
                .name("message").value(f.message())
                .name("guidance").value(f.guidance());
        w.name("suggestion");
        if (f.suggestion().isPresent()) {
            Suggestion s = f.suggestion().get();
            w.beginObject()
                    .name("replace").value(s.isInsert() ? null : s.text())
                    .name("insert").value(s.isInsert() ? s.text() : null)
                    .name("start").value(s.start())
                    .name("end").value(s.end())
                    .endObject();
        } else {
            w.nullValue();
        }
        w.endObject();
    }
}
