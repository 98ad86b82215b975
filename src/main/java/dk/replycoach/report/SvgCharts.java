package dk.replycoach.report;

import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.WeekFigures;
import dk.replycoach.guidance.ConflictStyle;

import java.util.List;
import java.util.Locale;

import static dk.replycoach.report.Html.esc;

/**
 * Inline SVG charts for coaching reports: drawn as markup, so the batch report stays one file that
 * opens anywhere, offline, and the Jira report pages need no chart library. Every text in a chart
 * is escaped here; the result can be placed into a page as it is.
 */
public final class SvgCharts {
    public static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int LEFT = 44;
    private static final int RIGHT = 40;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;

    /** Colour per conflict style: collaborating green, escalating styles warm; no style grey. */
    public static String colour(ConflictStyle s) {
        if (s == null) {
            return "#9e9e9e";
        }
        switch (s) {
            case COLLABORATING: return "#2e7d32";
            case ACCOMMODATING: return "#00838f";
            case COMPROMISING: return "#f9a825";
            case AVOIDING: return "#ef6c00";
            case COMPETING: return "#c62828";
            default: return "#9e9e9e";
        }
    }

    private final ReportFormats fmt;

    public SvgCharts(ReportFormats fmt) {
        this.fmt = fmt;
    }

    /** Bars: replies per week (left axis). Line: average score per week, 0-100 (right axis). */
    public String weeklyTrend(List<WeekFigures> weeks) {
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int n = Math.max(1, weeks.size());
        double slot = (double) plotW / n;
        double barW = Math.max(2, slot * 0.6);
        int max = 1;
        for (WeekFigures w : weeks) {
            max = Math.max(max, w.figures().sent());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(esc(fmt.messages().get("replycoach.batch.trendLegend")))
                .append("\">");
        // Axes and guide lines.
        sb.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "axis"));
        sb.append(line(LEFT, TOP + plotH / 2.0, LEFT + plotW, TOP + plotH / 2.0, "guide"));
        sb.append(line(LEFT, TOP, LEFT + plotW, TOP, "guide"));
        sb.append(text(LEFT - 6, TOP + plotH + 4, "end", fmt.count(0)));
        sb.append(text(LEFT - 6, TOP + 4, "end", fmt.count(max)));
        sb.append(text(LEFT + plotW + 6, TOP + plotH + 4, "start", "0"));
        sb.append(text(LEFT + plotW + 6, TOP + plotH / 2.0 + 4, "start", "50"));
        sb.append(text(LEFT + plotW + 6, TOP + 4, "start", "100"));
        int labelEvery = (int) Math.ceil(n / 8.0);
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            WeekFigures w = weeks.get(i);
            CoachingFigures f = w.figures();
            double cx = LEFT + slot * i + slot / 2;
            double h = plotH * (double) f.sent() / max;
            String tip = fmt.messages().get("replycoach.batch.weekTooltip", w.weekStart(), fmt.count(f.sent()),
                    fmt.oneDecimal(f.averageScore()));
            sb.append("<rect class=\"bar\" x=\"").append(num(cx - barW / 2)).append("\" y=\"").append(num(TOP + plotH - h))
                    .append("\" width=\"").append(num(barW)).append("\" height=\"").append(num(h)).append("\"><title>")
                    .append(esc(tip)).append("</title></rect>");
            if (f.averageScore().isPresent()) {
                double y = TOP + plotH * (1 - f.averageScore().getAsDouble() / 100);
                points.append(points.length() == 0 ? "" : " ").append(num(cx)).append(',').append(num(y));
                dots.append("<circle class=\"dot\" cx=\"").append(num(cx)).append("\" cy=\"").append(num(y))
                        .append("\" r=\"3\"><title>").append(esc(tip)).append("</title></circle>");
            }
            if (i % labelEvery == 0) {
                sb.append(text(cx, TOP + plotH + 18, "middle", w.weekStart().toString().substring(5)));
            }
        }
        if (points.length() > 0) {
            sb.append("<polyline class=\"score\" points=\"").append(points).append("\"/>");
        }
        sb.append(dots);
        sb.append("</svg>");
        return sb.toString();
    }

    /** One bar split by the share of sent replies per dominant conflict style, no style last. */
    public String styleBar(CoachingFigures f) {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"styles\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(" 24\" role=\"img\" aria-label=\"").append(esc(fmt.messages().get("replycoach.batch.styleProfile")))
                .append("\">");
        int total = f.sent();
        if (total == 0) {
            sb.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"24\" fill=\"#eeeeee\"/>");
        } else {
            double x = 0;
            for (ConflictStyle s : ConflictStyle.values()) {
                x = segment(sb, x, f.style(s), total, s);
            }
            segment(sb, x, f.unstyled(), total, null);
        }
        sb.append("</svg>");
        return sb.toString();
    }

    private double segment(StringBuilder sb, double x, int count, int total, ConflictStyle style) {
        if (count == 0) {
            return x;
        }
        double w = WIDTH * (double) count / total;
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"0\" width=\"").append(num(w)).append("\" height=\"24\" fill=\"")
                .append(colour(style)).append("\"><title>").append(esc(styleName(style) + ": " + fmt.count(count)
                        + " (" + fmt.percent((double) count / total) + ")")).append("</title></rect>");
        return x + w;
    }

    public String styleName(ConflictStyle s) {
        return fmt.messages().get("replycoach.style." + (s == null ? "none" : s.id()) + ".name");
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\"/>";
    }

    private static String text(double x, double y, String anchor, String s) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\">" + esc(s) + "</text>";
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
