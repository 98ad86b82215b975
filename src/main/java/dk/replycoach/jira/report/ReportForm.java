package dk.replycoach.jira.report;

import dk.replycoach.analysis.Messages;
import dk.replycoach.report.ReportQuery;

import java.time.LocalDate;

/**
 * The period (and project) form at the top of every report page: what the user asked for, and either
 * the query it makes or the message that says why it makes none. A valid form shows the dates in
 * force (so the default 12 weeks are visible); an invalid one shows what was typed, for correcting.
 */
final class ReportForm {
    private final String from;
    private final String to;
    private final String project;
    private final ReportQuery query;
    private final String error;

    private ReportForm(String from, String to, String project, ReportQuery query, String error) {
        this.from = from;
        this.to = to;
        this.project = project;
        this.query = query;
        this.error = error;
    }

    static ReportForm read(String from, String to, String project, LocalDate today, Messages m) {
        try {
            ReportQuery q = ReportQuery.parse(from, to, project, today);
            return new ReportForm(q.range().first().toString(), q.range().last().toString(),
                    q.project() == null ? "" : q.project(), q, null);
        } catch (ReportQuery.Invalid e) {
            return new ReportForm(orEmpty(from), orEmpty(to), orEmpty(project), null, m.get(e.key(), e.args()));
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    String from() {
        return from;
    }

    String to() {
        return to;
    }

    String project() {
        return project;
    }

    boolean isValid() {
        return query != null;
    }

    /** The query; only for a valid form. */
    ReportQuery query() {
        if (query == null) {
            throw new IllegalStateException("the form is not valid: " + error);
        }
        return query;
    }

    /** Why the form makes no query, in the user's language; null for a valid form. */
    String error() {
        return error;
    }
}
