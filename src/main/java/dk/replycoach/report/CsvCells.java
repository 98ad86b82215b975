package dk.replycoach.report;

/**
 * CSV cells for spreadsheets (RFC 4180). Text that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, a tab or a carriage return) gets an apostrophe in front: agent keys, display
 * names and project keys come from other people, and a cell like {@code =HYPERLINK(...)} must stay
 * text when a lead opens the export.
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** A text cell: quoted when needed, never a formula. */
    public static String text(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
