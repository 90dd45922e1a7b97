package jsa.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.metrics.MetricsReport.Day;
import jsa.metrics.MetricsReport.DeepDive;
import jsa.metrics.MetricsReport.DimensionRow;
import jsa.metrics.MetricsReport.Rejection;
import jsa.metrics.MetricsReport.Stage;
import jsa.metrics.MetricsReport.Summary;

/**
 * The application metrics: one query loads the filtered applications, and every part of the
 * report is counted from those rows in one pass each, so that all parts agree.
 */
public final class MetricsService {
    private static final List<Dimension> REJECTION_DIMENSIONS =
            List.of(Dimension.role, Dimension.location, Dimension.work_setting);

    private final Jdbi jdbi;
    private final LocationGroups locations;
    private final Clock clock;

    /** @param clock today's date, where a period asked to end later ends */
    public MetricsService(Jdbi jdbi, LocationGroups locations, Clock clock) {
        this.jdbi = jdbi;
        this.locations = locations;
        this.clock = clock;
    }

    /** The report over the applications {@code filter} keeps, with {@code deepDive} as the detailed table. */
    public MetricsReport report(MetricsFilter filter, Dimension deepDive) {
        List<MetricsRow> rows = jdbi
                .withExtension(
                        MetricsDao.class,
                        dao -> dao.rows(
                                filter.from(),
                                filter.to(),
                                filter.role(),
                                filter.specialization(),
                                filter.level(),
                                filter.workSetting()))
                .stream()
                .filter(row -> filter.location() == null || inLocation(row, filter.location()))
                .toList();
        Map<Dimension, List<Tally>> tallies = tallies(rows);
        Map<String, List<DimensionRow>> byDimension = new LinkedHashMap<>();
        tallies.forEach((dimension, list) ->
                byDimension.put(dimension.name(), list.stream().map(Tally::row).toList()));
        List<Day> timeline = timeline(rows, filter, LocalDate.now(clock));
        Summary summary = summary(rows, timeline);
        return new MetricsReport(
                summary,
                funnel(rows),
                medianDaysToFirstResponse(rows),
                timeline,
                byDimension,
                rejections(tallies, summary.rejected()),
                new DeepDive(deepDive, byDimension.get(deepDive.name())));
    }

    private boolean inLocation(MetricsRow row, String location) {
        String wanted = location.strip().toLowerCase(Locale.ROOT);
        return locations.group(row.location()).toLowerCase(Locale.ROOT).equals(wanted)
                || (row.location() != null
                        && row.location().strip().toLowerCase(Locale.ROOT).equals(wanted));
    }

    private Map<Dimension, List<Tally>> tallies(List<MetricsRow> rows) {
        DimensionValues values = new DimensionValues(locations);
        Map<Dimension, List<Tally>> result = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            Map<String, Tally> byValue = new LinkedHashMap<>();
            for (MetricsRow row : rows) {
                byValue.computeIfAbsent(values.value(dimension, row), Tally::new)
                        .add(row.state());
            }
            result.put(
                    dimension,
                    byValue.values().stream()
                            .sorted(DimensionValues.order(dimension))
                            .toList());
        }
        return result;
    }

    // per day over the timeline's period: the applications' span, or --from to --to when given
    private static Summary summary(List<MetricsRow> rows, List<Day> timeline) {
        Tally all = new Tally("all");
        rows.forEach(row -> all.add(row.state()));
        DimensionRow counts = all.row();
        long total = counts.total();
        LocalDate first = rows.isEmpty() ? null : rows.get(0).appliedDate();
        LocalDate last = rows.isEmpty() ? null : rows.get(rows.size() - 1).appliedDate();
        long days = timeline.size();
        return new Summary(
                total,
                counts.callbacks(),
                counts.rejected(),
                counts.closed(),
                counts.noResponse(),
                Tally.percent(counts.callbacks(), total),
                Tally.percent(counts.rejected(), total),
                Tally.percent(counts.closed(), total),
                Tally.percent(counts.noResponse(), total),
                first,
                last,
                days,
                days == 0 ? 0 : Math.round(total * 100.0 / days) / 100.0);
    }

    // A process outcome or an interview implies the callback before it, whatever the state says now.
    private static List<Stage> funnel(List<MetricsRow> rows) {
        long callback = rows.stream()
                .filter(r -> "callback".equals(r.state()) || r.interviewed())
                .count();
        long interview = rows.stream().filter(MetricsRow::interviewed).count();
        long offer = rows.stream().filter(r -> "offer".equals(r.outcome())).count();
        long[] counts = {rows.size(), callback, interview, offer};
        String[] names = {"applied", "callback", "interview", "offer"};
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            stages.add(new Stage(
                    names[i],
                    counts[i],
                    Tally.percent(counts[i], counts[0]),
                    Tally.percent(counts[i], i == 0 ? counts[0] : counts[i - 1])));
        }
        return stages;
    }

    private static Double medianDaysToFirstResponse(List<MetricsRow> rows) {
        long[] days = rows.stream()
                .filter(r -> r.firstResponse() != null)
                .mapToLong(r -> ChronoUnit.DAYS.between(r.appliedDate(), r.firstResponse()))
                .sorted()
                .toArray();
        if (days.length == 0) {
            return null;
        }
        int mid = days.length / 2;
        return days.length % 2 == 1 ? days[mid] : (days[mid - 1] + days[mid]) / 2.0;
    }

    /** The longest period a report lays out day by day. */
    private static final int MAX_DAYS = 3_660;

    // from --from to --to when they are given, so that quiet days at either end show as zeros; days
    // still to come have no applications yet, and would only thin the per-day rate
    private static List<Day> timeline(List<MetricsRow> rows, MetricsFilter filter, LocalDate today) {
        TreeMap<LocalDate, long[]> byDate = new TreeMap<>();
        for (MetricsRow row : rows) {
            long[] counts = byDate.computeIfAbsent(row.appliedDate(), d -> new long[2]);
            counts[0]++;
            if ("callback".equals(row.state())) {
                counts[1]++;
            }
        }
        LocalDate first = filter.from() != null ? filter.from() : byDate.isEmpty() ? null : byDate.firstKey();
        LocalDate last = filter.to() != null ? filter.to() : byDate.isEmpty() ? null : byDate.lastKey();
        if (last != null && last.isAfter(today) && (first == null || !first.isAfter(today))) {
            last = today;
        }
        if (first == null || last == null) {
            return List.of();
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw JsaException.usage(
                    "the period from " + first + " to " + last + " is longer than ten years",
                    "narrow it with --from and --to");
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            long[] counts = byDate.getOrDefault(d, new long[2]);
            days.add(new Day(d, counts[0], counts[1]));
        }
        return days;
    }

    private static Map<String, List<Rejection>> rejections(Map<Dimension, List<Tally>> tallies, long rejected) {
        Map<String, List<Rejection>> result = new LinkedHashMap<>();
        for (Dimension dimension : REJECTION_DIMENSIONS) {
            result.put(
                    dimension.name(),
                    tallies.get(dimension).stream()
                            .filter(t -> t.rejected() > 0)
                            .sorted(Comparator.comparing(Tally::rejected)
                                    .reversed()
                                    .thenComparing(Tally::value))
                            .limit(3)
                            .map(t -> new Rejection(t.value(), t.rejected(), Tally.percent(t.rejected(), rejected)))
                            .toList());
        }
        return result;
    }
}
