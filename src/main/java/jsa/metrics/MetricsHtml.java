package jsa.metrics;

import java.util.List;
import java.util.Map;

import jsa.metrics.MetricsReport.Day;
import jsa.metrics.MetricsReport.DimensionRow;
import jsa.metrics.MetricsReport.Rejection;
import jsa.metrics.MetricsReport.Stage;
import jsa.metrics.MetricsReport.Summary;

/**
 * The metrics report as one self-contained HTML page: inline CSS and SVG charts, no scripts and
 * nothing fetched. The page is also well-formed XML, and all data text is escaped.
 */
public final class MetricsHtml {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1.5em}
            th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}
            th:first-child,td:first-child{text-align:left}
            svg{display:block;margin:.5em 0 1.5em;font-size:11px}
            .line{fill:none;stroke:#1f6feb;stroke-width:1.5}
            .bar{fill:#1f6feb}.callback{fill:#2da44e}.axis{stroke:#888}
            """;

    private MetricsHtml() {}

    /** The page for {@code report}. */
    public static String render(MetricsReport report) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>Application metrics</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>Application metrics</h1>\n");
        summary(html, report.summary(), report.timeline(), report.medianDaysToFirstResponse());
        funnel(html, report.funnel());
        html.append("<h2>Application volume</h2>\n");
        SvgCharts.line(html, "volume-timeline", report.timeline(), Day::applications);
        html.append("<h2>Callbacks by applied date</h2>\n");
        SvgCharts.bars(html, "callback-timeline", report.timeline(), Day::callbacks);
        html.append("<h2>Callback rate by dimension</h2>\n");
        report.byDimension().forEach((dimension, rows) -> {
            html.append("<h3>").append(escape(dimension.replace('_', ' '))).append("</h3>\n");
            SvgCharts.rates(html, "dimension-" + dimension, rows);
        });
        rejections(html, report.rejections());
        html.append("<h2>Deep dive: ")
                .append(escape(report.deepDive().dimension().name().replace('_', ' ')))
                .append("</h2>\n");
        table(html, List.of("Value", "Total", "Callbacks", "Rejected", "Closed", "No response", "Callback rate"));
        for (DimensionRow r : report.deepDive().rows()) {
            row(
                    html,
                    r.value(),
                    r.total(),
                    r.callbacks(),
                    r.rejected(),
                    r.closed(),
                    r.noResponse(),
                    r.callbackRate() + "%");
        }
        html.append("</table>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void summary(StringBuilder html, Summary s, List<Day> timeline, Double median) {
        html.append("<p>").append(s.total()).append(" applications");
        if (s.total() > 0) {
            html.append(" from ")
                    .append(timeline.get(0).date())
                    .append(" to ")
                    .append(timeline.get(timeline.size() - 1).date());
            html.append(" (").append(s.applicationsPerDay()).append(" per day)");
        }
        html.append("; median days to first response: ")
                .append(median == null ? "none" : median)
                .append("</p>\n");
        table(html, List.of("State", "Count", "Percent"));
        row(html, "callback", s.callbacks(), s.callbackRate() + "%");
        row(html, "rejected", s.rejected(), s.rejectedRate() + "%");
        row(html, "closed", s.closed(), s.closedRate() + "%");
        row(html, "no response", s.noResponse(), s.noResponseRate() + "%");
        html.append("</table>\n");
    }

    private static void funnel(StringBuilder html, List<Stage> stages) {
        html.append("<h2>Funnel</h2>\n");
        table(html, List.of("Stage", "Count", "Of applied", "Of previous"));
        stages.forEach(s -> row(html, s.stage(), s.count(), s.rateFromApplied() + "%", s.rateFromPrevious() + "%"));
        html.append("</table>\n");
    }

    private static void rejections(StringBuilder html, Map<String, List<Rejection>> rejections) {
        html.append("<h2>Rejections: top 3</h2>\n");
        table(html, List.of("Dimension", "Value", "Rejected", "Share"));
        rejections.forEach((dimension, top) ->
                top.forEach(r -> row(html, dimension.replace('_', ' '), r.value(), r.rejected(), r.share() + "%")));
        html.append("</table>\n");
    }

    private static void table(StringBuilder html, List<String> headers) {
        html.append("<table>\n<tr>");
        headers.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
    }

    private static void row(StringBuilder html, Object... cells) {
        html.append("<tr>");
        for (Object cell : cells) {
            html.append("<td>").append(escape(String.valueOf(cell))).append("</td>");
        }
        html.append("</tr>\n");
    }

    /** {@code text} safe in HTML and XML text and in double-quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
