package dk.replycoach.jira.admin;

/**
 * Escapes text for HTML element content and quoted attribute values. The admin page model holds
 * only text that went through here, so a template cannot print user input raw by mistake. The
 * escaping itself is the one every report uses ({@link dk.replycoach.report.Html}).
 */
public final class Html {
    private Html() {
    }

    public static String escape(Object value) {
        return value == null ? "" : dk.replycoach.report.Html.esc(value.toString());
    }
}
