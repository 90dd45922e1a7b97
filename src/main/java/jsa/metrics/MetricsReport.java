package jsa.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every part of the metrics over one filtered set of applications. Rates are percentages of the
 * part's total, rounded to one decimal; {@code docs/metrics-json.md} documents the JSON form.
 *
 * @param medianDaysToFirstResponse over the applications with a status; null when none has one
 * @param timeline every day of the period (--from to --to when given, else the first to the last
 *     applied date), including days without any
 * @param byDimension the callback analysis, keyed by {@link Dimension} name, in {@link Dimension} order
 * @param rejections the top three values by rejections for role, location and work setting
 * @param deepDive the dimension chosen for the detailed table
 */
public record MetricsReport(
        Summary summary,
        List<Stage> funnel,
        Double medianDaysToFirstResponse,
        List<Day> timeline,
        Map<String, List<DimensionRow>> byDimension,
        Map<String, List<Rejection>> rejections,
        DeepDive deepDive) {

    /**
     * Counts by current state (they add up to {@code total}) and the application rate.
     *
     * @param firstApplied the earliest applied date, or null without applications
     * @param days the days from the first to the last applied date, both included
     * @param applicationsPerDay {@code total / days}, rounded to two decimals
     */
    public record Summary(
            long total,
            long callbacks,
            long rejected,
            long closed,
            long noResponse,
            double callbackRate,
            double rejectedRate,
            double closedRate,
            double noResponseRate,
            LocalDate firstApplied,
            LocalDate lastApplied,
            long days,
            double applicationsPerDay) {}

    /** One value of a dimension; "unknown" gathers the applications without one. */
    public record DimensionRow(
            String value,
            long total,
            long callbacks,
            long rejected,
            long closed,
            long noResponse,
            double callbackRate) {}

    /** Applications made on {@code date}, and how many of them got a callback. */
    public record Day(LocalDate date, long applications, long callbacks) {}

    /**
     * A stage of the funnel: applied, callback, interview, offer.
     *
     * @param rateFromApplied percent of all applications that reached the stage
     * @param rateFromPrevious percent of the previous stage's that reached this one
     */
    public record Stage(String stage, long count, double rateFromApplied, double rateFromPrevious) {}

    /** A value with many rejections; {@code share} is its percent of all rejections. */
    public record Rejection(String value, long rejected, double share) {}

    /** The rows of one dimension, for the detailed table. */
    public record DeepDive(Dimension dimension, List<DimensionRow> rows) {}
}
