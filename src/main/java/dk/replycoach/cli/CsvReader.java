package dk.replycoach.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: comma separated, fields in double quotes may hold
 * commas, doubled quotes and line breaks; CRLF or LF line ends; a leading byte-order mark is
 * skipped. Streaming, so a 100,000-row export never sits in memory whole.
 */
public final class CsvReader {
    /** Longest field accepted; a larger one is a broken file, not a reply. */
    public static final int MAX_FIELD = 1_000_000;

    private final Reader in;
    private int peeked = -2;
    private long line = 1;
    private long recordStartLine = 1;
    private boolean first = true;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The line on which the last returned record started (1-based). */
    public long recordLine() {
        return recordStartLine;
    }

    /** The next record, or null at the end of the input. */
    public List<String> next() throws IOException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\ufeff') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordStartLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvException("a quoted field that starts on line " + recordStartLine + " never ends", recordStartLine);
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        unread(n);
                    }
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            if (field.length() > MAX_FIELD) {
                throw new CsvException("a field on line " + recordStartLine + " is longer than " + MAX_FIELD + " characters", recordStartLine);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        int c;
        if (peeked != -2) {
            c = peeked;
            peeked = -2;
        } else {
            c = in.read();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private void unread(int c) {
        if (c == '\n') {
            line--;
        }
        peeked = c;
    }

    /** Malformed CSV. */
    public static final class CsvException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        public CsvException(String message, long line) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
