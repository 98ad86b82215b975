package dk.replycoach.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * The {@code created} column of an export: an ISO date ({@code 2026-11-16}) or date-time
 * ({@code 2026-11-16T09:30}, seconds and fractions optional, {@code T} or a space), with or without
 * an offset ({@code Z}, {@code +01:00}, {@code +0100}). A reply counts on the date as written, so a
 * report reads the same whatever the time zone of the machine that makes it.
 */
final class CreatedTime {
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private CreatedTime() {
    }

    /** The moment, in the offset written (UTC when none was); throws on anything else. */
    static ZonedDateTime parse(String value) {
        String v = value.strip();
        if (v.length() == 10) {
            return ZonedDateTime.of(LocalDate.parse(v), LocalTime.MIDNIGHT, ZoneOffset.UTC);
        }
        if (v.length() > 10 && v.charAt(10) == ' ') {
            v = v.substring(0, 10) + 'T' + v.substring(11);
        }
        TemporalAccessor t = DATE_TIME.parse(v);
        LocalDateTime local = LocalDateTime.from(t);
        ZoneOffset offset = t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.from(t) : ZoneOffset.UTC;
        return OffsetDateTime.of(local, offset).toZonedDateTime();
    }

    static boolean isValid(String value) {
        try {
            parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
