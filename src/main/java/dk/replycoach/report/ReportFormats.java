package dk.replycoach.report;

import dk.replycoach.analysis.Messages;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;

/** Numbers as a reader of the report's language writes them (Danish: 1.234,5 and 42 %). */
public final class ReportFormats {
    private final Messages messages;
    private final Locale locale;

    public ReportFormats(Messages messages) {
        this.messages = messages;
        this.locale = "da".equals(messages.language()) ? Locale.forLanguageTag("da-DK") : Locale.ENGLISH;
    }

    public Messages messages() {
        return messages;
    }

    public String language() {
        return locale.getLanguage();
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String oneDecimal(double d) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(d);
    }

    public String oneDecimal(OptionalDouble d) {
        return d.isPresent() ? oneDecimal(d.getAsDouble()) : messages.get("replycoach.batch.none");
    }

    public String percent(double share) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    /** A number for machines (data attributes, CSV): no grouping, a point, at most three decimals. */
    public static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "");
    }
}
