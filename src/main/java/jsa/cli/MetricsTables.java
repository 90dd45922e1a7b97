package jsa.cli;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jsa.metrics.MetricsReport;
import jsa.metrics.MetricsReport.Day;
import jsa.metrics.MetricsReport.DimensionRow;
import jsa.metrics.MetricsReport.Rejection;
import jsa.metrics.MetricsReport.Stage;
import jsa.metrics.MetricsReport.Summary;

/**
 * The metrics report as aligned text tables or Markdown, one section per part. On a terminal the
 * text tables end with a bar of block characters per row.
 */
final class MetricsTables {
    private static final int BAR_WIDTH = 20;

    /** One table: its title, header, rows, and the number each row's bar shows (empty for none). */
    private record Section(String title, List<String> headers, List<List<String>> rows, List<Double> bars) {}

    private MetricsTables() {}

    static void print(PrintWriter out, MetricsReport report, boolean markdown, boolean bars) {
        List<Section> sections = sections(report);
        Summary s = report.summary();
        String range = s.total() == 0
                ? "No applications match."
                : "Applications: " + s.total() + " from "
                        + report.timeline().get(0).date() + " to "
                        + report.timeline().get(report.timeline().size() - 1).date() + " (" + s.days() + " days, "
                        + s.applicationsPerDay() + " per day)";
        out.println(markdown ? "# Application metrics\n\n" + range : range);
        for (Section section : sections) {
            out.println();
            if (markdown) {
                out.println("## " + section.title() + "\n");
                RowPrinter.print(out, OutputFormat.md, section.headers(), section.rows(), null);
            } else {
                out.println(section.title().toUpperCase(Locale.ROOT));
                text(out, section, bars);
            }
        }
    }

    private static void text(PrintWriter out, Section section, boolean bars) {
        Columns table = new Columns();
        List<String> header = new ArrayList<>(section.headers());
        boolean withBars = bars && !section.bars().isEmpty();
        if (withBars) {
            header.add("");
        }
        table.row(header.toArray(String[]::new));
        double max =
                section.bars().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (int i = 0; i < section.rows().size(); i++) {
            List<String> row = new ArrayList<>(section.rows().get(i));
            if (withBars) {
                row.add(bar(section.bars().get(i), max));
            }
            table.row(row.toArray(String[]::new));
        }
        table.print(out);
    }

    private static String bar(double value, double max) {
        int eighths = max == 0 ? 0 : (int) Math.round(value / max * BAR_WIDTH * 8);
        String partial = eighths % 8 == 0 ? "" : String.valueOf((char) ('\u2590' - eighths % 8));
        return "\u2588".repeat(eighths / 8) + partial;
    }

    private static List<Section> sections(MetricsReport report) {
        List<Section> sections = new ArrayList<>();
        Summary s = report.summary();
        sections.add(new Section(
                "Summary",
                List.of("State", "Count", "Percent"),
                List.of(
                        List.of("callback", count(s.callbacks()), pct(s.callbackRate())),
                        List.of("rejected", count(s.rejected()), pct(s.rejectedRate())),
                        List.of("closed", count(s.closed()), pct(s.closedRate())),
                        List.of("no response", count(s.noResponse()), pct(s.noResponseRate()))),
                List.of((double) s.callbacks(), (double) s.rejected(), (double) s.closed(), (double) s.noResponse())));
        sections.add(funnel(report));
        report.byDimension().forEach((dimension, rows) -> sections.add(dimension(dimension, rows)));
        sections.add(weeks(report.timeline()));
        sections.add(rejections(report.rejections()));
        List<List<String>> deep = new ArrayList<>();
        for (DimensionRow row : report.deepDive().rows()) {
            deep.add(List.of(
                    row.value(),
                    count(row.total()),
                    count(row.callbacks()),
                    count(row.rejected()),
                    count(row.closed()),
                    count(row.noResponse()),
                    pct(row.callbackRate())));
        }
        sections.add(new Section(
                "Deep dive: " + label(report.deepDive().dimension().name()),
                List.of("Value", "Total", "Callbacks", "Rejected", "Closed", "No response", "Callback rate"),
                deep,
                List.of()));
        return sections;
    }

    private static Section funnel(MetricsReport report) {
        List<List<String>> rows = new ArrayList<>();
        List<Double> bars = new ArrayList<>();
        for (Stage stage : report.funnel()) {
            rows.add(List.of(
                    stage.stage(), count(stage.count()), pct(stage.rateFromApplied()), pct(stage.rateFromPrevious())));
            bars.add((double) stage.count());
        }
        Double median = report.medianDaysToFirstResponse();
        return new Section(
                "Funnel (median days to first response: " + (median == null ? "none" : median) + ")",
                List.of("Stage", "Count", "Of applied", "Of previous"),
                rows,
                bars);
    }

    private static Section dimension(String dimension, List<DimensionRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        List<Double> bars = new ArrayList<>();
        for (DimensionRow row : rows) {
            cells.add(List.of(row.value(), count(row.total()), count(row.callbacks()), pct(row.callbackRate())));
            bars.add(row.callbackRate());
        }
        return new Section(
                "Callbacks by " + label(dimension), List.of("Value", "Total", "Callbacks", "Rate"), cells, bars);
    }

    // A day per row would run to hundreds of lines: weeks (from Monday) fit a screen.
    private static Section weeks(List<Day> days) {
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (Day day : days) {
            long[] counts = weeks.computeIfAbsent(
                    day.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), d -> new long[2]);
            counts[0] += day.applications();
            counts[1] += day.callbacks();
        }
        List<List<String>> rows = new ArrayList<>();
        List<Double> bars = new ArrayList<>();
        weeks.forEach((week, counts) -> {
            rows.add(List.of(week.toString(), count(counts[0]), count(counts[1])));
            bars.add((double) counts[0]);
        });
        return new Section("Timeline by week", List.of("Week of", "Applied", "Callbacks"), rows, bars);
    }

    private static Section rejections(Map<String, List<Rejection>> rejections) {
        List<List<String>> rows = new ArrayList<>();
        List<Double> bars = new ArrayList<>();
        rejections.forEach((dimension, top) -> top.forEach(r -> {
            rows.add(List.of(label(dimension), r.value(), count(r.rejected()), pct(r.share())));
            bars.add((double) r.rejected());
        }));
        return new Section("Rejections: top 3", List.of("Dimension", "Value", "Rejected", "Share"), rows, bars);
    }

    private static String label(String dimension) {
        return dimension.replace('_', ' ');
    }

    private static String count(long n) {
        return Long.toString(n);
    }

    private static String pct(double rate) {
        return rate + "%";
    }
}
