package dk.replycoach.report;

import dk.replycoach.coaching.DayRange;
import dk.replycoach.coaching.ReportScope;
import dk.replycoach.config.SettingsValidation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a report asks for: a period and, for team reports, one project or all. Read from request
 * parameters ({@code from}, {@code to}, {@code project}) the same way by the REST resource and the
 * report pages, so both refuse the same input with the same message.
 *
 * <p>Dates are ISO {@code yyyy-MM-dd}. Without dates a report covers the last 12 weeks up to
 * today; without {@code from} it covers the 12 weeks up to {@code to}; without {@code to} it ends
 * today. Periods are capped at {@value #MAX_DAYS} days, which is also the most a store is asked to
 * read in one go.
 */
public final class ReportQuery {
    /** Twelve weeks: enough for a trend, short enough to read quickly. */
    public static final int DEFAULT_DAYS = 84;
    public static final int MAX_DAYS = 400;
    /** Echoed input is cut to this length, so an error message cannot carry a long payload. */
    static final int ECHO_CHARS = 40;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final DayRange range;
    private final String project;

    private ReportQuery(DayRange range, String project) {
        this.range = range;
        this.project = project;
    }

    /**
     * @param today the day "the last 12 weeks" end on
     * @throws Invalid for a date that is not {@code yyyy-MM-dd}, a period that ends before it starts
     *                 or is longer than {@value #MAX_DAYS} days, or a project key of the wrong shape
     */
    public static ReportQuery parse(String from, String to, String project, LocalDate today) throws Invalid {
        Objects.requireNonNull(today, "today");
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last == null) {
            last = today;
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1L);
        }
        if (last.isBefore(first)) {
            throw new Invalid("to", "replycoach.report.error.order", first, last);
        }
        DayRange range = DayRange.of(first, last);
        if (range.days() > MAX_DAYS) {
            throw new Invalid("to", "replycoach.report.error.tooLong", range.days(), MAX_DAYS);
        }
        return new ReportQuery(range, projectKey(project));
    }

    private static LocalDate date(String field, String value) throws Invalid {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (ISO_DATE.matcher(v).matches()) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                // A well-formed but impossible date (2026-02-30): refused below like any other.
            }
        }
        throw new Invalid(field, "replycoach.report.error.date", echo(value));
    }

    private static String projectKey(String value) throws Invalid {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > SettingsValidation.MAX_PROJECT_KEY_CHARS || !SettingsValidation.PROJECT_KEY.matcher(v).matches()) {
            throw new Invalid("project", "replycoach.report.error.project", echo(value));
        }
        return v;
    }

    static String echo(String value) {
        return value.length() <= ECHO_CHARS ? value : value.substring(0, ECHO_CHARS) + "…";
    }

    public DayRange range() {
        return range;
    }

    /** The project key, or null for all projects. */
    public String project() {
        return project;
    }

    /** The team scope: the period and the project. */
    public ReportScope teamScope() {
        return ReportScope.of(range).inProject(project);
    }

    /** One agent over the period, all projects. */
    public ReportScope agentScope(String agentKey) {
        return ReportScope.of(range).forAgent(agentKey);
    }

    @Override
    public String toString() {
        return range + (project == null ? "" : " " + project);
    }

    /** A parameter a report cannot use: which one, and the message key and arguments that say why. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String key;
        private final transient Object[] args;

        Invalid(String field, String key, Object... args) {
            super(key);
            this.field = field;
            this.key = key;
            this.args = args.clone();
        }

        /** The request parameter: {@code from}, {@code to} or {@code project}. */
        public String field() {
            return field;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }
}
