package dk.replycoach.cli;

import java.io.IOException;
import java.io.Reader;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a reply export: a header row naming the columns {@code agent}, {@code created},
 * {@code body} and optionally {@code customer_message} and {@code issue} (any order, any case),
 * then one reply per row. A row that cannot be used is handed back as a {@link Problem} with its
 * row number, so the caller can report it, skip it and go on.
 */
final class ReplyExportReader {
    static final String AGENT = "agent";
    static final String CREATED = "created";
    static final String BODY = "body";
    static final String CUSTOMER = "customer_message";
    static final String ISSUE = "issue";

    private final CsvReader csv;
    private final int agentCol;
    private final int createdCol;
    private final int bodyCol;
    private final int customerCol;
    private final int issueCol;
    private final int needed;
    private long row;

    /** Reads the header; a missing column is a {@link UsageException} (the file cannot be used at all). */
    ReplyExportReader(Reader in, String name) throws IOException, UsageException {
        this.csv = new CsvReader(in);
        List<String> header = csv.next();
        if (header == null) {
            throw new UsageException(name + ": empty file, expected a header row (agent,created,body[,customer_message,issue])");
        }
        List<String> names = new ArrayList<>();
        header.forEach(h -> names.add(h.strip().toLowerCase(Locale.ROOT)));
        agentCol = required(names, AGENT, name, header);
        createdCol = required(names, CREATED, name, header);
        bodyCol = required(names, BODY, name, header);
        customerCol = names.indexOf(CUSTOMER);
        issueCol = names.indexOf(ISSUE);
        needed = Math.max(agentCol, Math.max(createdCol, bodyCol)) + 1;
    }

    private static int required(List<String> names, String column, String file, List<String> header) throws UsageException {
        int i = names.indexOf(column);
        if (i < 0) {
            throw new UsageException(file + ": no '" + column + "' column (columns: " + String.join(", ", header)
                    + "; expected agent,created,body[,customer_message,issue])");
        }
        return i;
    }

    /** The next row (usable or a problem), or null at the end. */
    Object next() throws IOException {
        List<String> r = csv.next();
        if (r == null) {
            return null;
        }
        row++;
        if (r.size() < needed) {
            return problem("has " + r.size() + " columns, expected at least " + needed);
        }
        String agent = r.get(agentCol).strip();
        if (agent.isEmpty()) {
            return problem("no agent");
        }
        String created = r.get(createdCol);
        java.time.ZonedDateTime at;
        try {
            at = CreatedTime.parse(created);
        } catch (DateTimeParseException e) {
            return problem("created '" + shorten(created) + "' is not an ISO date or date-time");
        }
        String body = r.get(bodyCol);
        if (body.isBlank()) {
            return problem("empty body");
        }
        String customer = customerCol >= 0 && customerCol < r.size() ? r.get(customerCol) : null;
        String issue = issueCol >= 0 && issueCol < r.size() && !r.get(issueCol).isBlank() ? r.get(issueCol).strip() : null;
        return new ExportRow(row, agent, at, body, customer, issue);
    }

    private Problem problem(String what) {
        return new Problem(row, csv.recordLine(), what);
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 40 ? t.substring(0, 37) + "..." : t;
    }

    /** A row that cannot be used. */
    static final class Problem {
        final long row;
        final long line;
        final String what;

        Problem(long row, long line, String what) {
            this.row = row;
            this.line = line;
            this.what = what;
        }

        @Override
        public String toString() {
            return "row " + row + " (line " + line + "): " + what;
        }
    }
}
