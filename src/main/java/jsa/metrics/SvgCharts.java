package jsa.metrics;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import jsa.metrics.MetricsReport.Day;
import jsa.metrics.MetricsReport.DimensionRow;

/** Inline SVG charts for {@link MetricsHtml}: a line and bars over days, and horizontal rate bars. */
final class SvgCharts {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int BOTTOM = 20;

    private SvgCharts() {}

    /** A line of {@code value} per day, with the first and last date and the maximum labelled. */
    static void line(StringBuilder html, String id, List<Day> days, ToLongFunction<Day> value) {
        long max = max(days, value);
        open(html, id, WIDTH, HEIGHT, "line chart");
        axes(html, days, max);
        if (!days.isEmpty()) {
            html.append("<polyline class=\"line\" points=\"");
            for (int i = 0; i < days.size(); i++) {
                html.append(num(x(i, days.size()))).append(',').append(num(y(value.applyAsLong(days.get(i)), max)));
                html.append(i + 1 < days.size() ? " " : "");
            }
            html.append("\"/>\n");
        }
        html.append("</svg>\n");
    }

    /** A bar of {@code value} per day; days without any have no bar but keep their place. */
    static void bars(StringBuilder html, String id, List<Day> days, ToLongFunction<Day> value) {
        long max = max(days, value);
        open(html, id, WIDTH, HEIGHT, "bar chart");
        axes(html, days, max);
        double width = (WIDTH - LEFT - 10.0) / Math.max(days.size(), 1);
        for (int i = 0; i < days.size(); i++) {
            long v = value.applyAsLong(days.get(i));
            if (v > 0) {
                double top = y(v, max);
                html.append("<rect class=\"bar callback\" x=\"")
                        .append(num(LEFT + i * width))
                        .append("\" y=\"")
                        .append(num(top))
                        .append("\" width=\"")
                        .append(num(Math.max(width - 1, 1)))
                        .append("\" height=\"")
                        .append(num(HEIGHT - BOTTOM - top))
                        .append("\"><title>")
                        .append(days.get(i).date())
                        .append(": ")
                        .append(v)
                        .append("</title></rect>\n");
            }
        }
        html.append("</svg>\n");
    }

    /** One horizontal bar per value: its callback rate, labelled with the value and its counts. */
    static void rates(StringBuilder html, String id, List<DimensionRow> rows) {
        int rowHeight = 20;
        int labelWidth = 220;
        int barSpace = WIDTH - labelWidth - 160;
        open(html, id, WIDTH, Math.max(rows.size(), 1) * rowHeight + 4, "bar chart");
        for (int i = 0; i < rows.size(); i++) {
            DimensionRow row = rows.get(i);
            int top = i * rowHeight + 2;
            html.append("<text x=\"0\" y=\"")
                    .append(top + 14)
                    .append("\">")
                    .append(MetricsHtml.escape(row.value()))
                    .append("</text>")
                    .append("<rect class=\"bar\" x=\"")
                    .append(labelWidth)
                    .append("\" y=\"")
                    .append(top)
                    .append("\" width=\"")
                    .append(num(barSpace * row.callbackRate() / 100.0))
                    .append("\" height=\"")
                    .append(rowHeight - 4)
                    .append("\"/>")
                    .append("<text x=\"")
                    .append(labelWidth + barSpace + 8)
                    .append("\" y=\"")
                    .append(top + 14)
                    .append("\">")
                    .append(row.callbackRate())
                    .append("% of ")
                    .append(row.total())
                    .append("</text>\n");
        }
        html.append("</svg>\n");
    }

    private static void open(StringBuilder html, String id, int width, int height, String kind) {
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
                .append(id)
                .append("\" role=\"img\" aria-label=\"")
                .append(kind)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\">\n");
    }

    private static void axes(StringBuilder html, List<Day> days, long max) {
        int base = HEIGHT - BOTTOM;
        html.append("<line class=\"axis\" x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(base)
                .append("\" x2=\"")
                .append(WIDTH - 10)
                .append("\" y2=\"")
                .append(base)
                .append("\"/>")
                .append("<line class=\"axis\" x1=\"")
                .append(LEFT)
                .append("\" y1=\"10\" x2=\"")
                .append(LEFT)
                .append("\" y2=\"")
                .append(base)
                .append("\"/>")
                .append("<text x=\"")
                .append(LEFT - 4)
                .append("\" y=\"14\" text-anchor=\"end\">")
                .append(max)
                .append("</text>\n");
        if (!days.isEmpty()) {
            html.append("<text x=\"")
                    .append(LEFT)
                    .append("\" y=\"")
                    .append(HEIGHT - 4)
                    .append("\">")
                    .append(days.get(0).date())
                    .append("</text>")
                    .append("<text x=\"")
                    .append(WIDTH - 10)
                    .append("\" y=\"")
                    .append(HEIGHT - 4)
                    .append("\" text-anchor=\"end\">")
                    .append(days.get(days.size() - 1).date())
                    .append("</text>\n");
        }
    }

    private static long max(List<Day> days, ToLongFunction<Day> value) {
        return Math.max(1, days.stream().mapToLong(value).max().orElse(1));
    }

    private static double x(int i, int count) {
        return count == 1 ? LEFT : LEFT + i * (WIDTH - LEFT - 10.0) / (count - 1);
    }

    private static double y(long value, long max) {
        return HEIGHT - BOTTOM - value * (HEIGHT - BOTTOM - 10.0) / max;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
