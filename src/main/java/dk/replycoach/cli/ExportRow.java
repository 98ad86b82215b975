package dk.replycoach.cli;

import java.time.ZonedDateTime;

/** One usable row of a reply export. */
final class ExportRow {
    final long number;
    final String agent;
    final ZonedDateTime created;
    final String body;
    final String customerMessage;
    final String issue;

    ExportRow(long number, String agent, ZonedDateTime created, String body, String customerMessage, String issue) {
        this.number = number;
        this.agent = agent;
        this.created = created;
        this.body = body;
        this.customerMessage = customerMessage;
        this.issue = issue;
    }

    /** The project part of a Jira issue key ({@code SUP} of {@code SUP-123}), or null. */
    String project() {
        if (issue == null) {
            return null;
        }
        int dash = issue.lastIndexOf('-');
        return dash > 0 && issue.substring(dash + 1).matches("[0-9]+") && issue.substring(0, dash).matches("[A-Z][A-Z0-9_]*")
                ? issue.substring(0, dash) : null;
    }
}
