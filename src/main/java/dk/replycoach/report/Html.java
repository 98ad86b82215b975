package dk.replycoach.report;

/**
 * HTML escaping for element text and quoted attribute values. Every value that reaches a report
 * (the batch file, the Jira report pages) goes through here; control characters other than tab and
 * line breaks become U+FFFD because HTML does not allow them.
 */
public final class Html {
    private Html() {
    }

    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default:
                    // Control characters other than tab and line breaks are not allowed in HTML (nor XML).
                    sb.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }
}
