package jsa.metrics;

import java.time.LocalDate;

/**
 * Which applications every part of the report counts; null components keep all. Text filters
 * compare without case; {@code location} matches the grouped location (e.g. "Greater Seattle") or
 * the job's own location.
 *
 * @param from applied on or after this date
 * @param to applied on or before this date
 */
public record MetricsFilter(
        LocalDate from,
        LocalDate to,
        String role,
        String specialization,
        String level,
        String location,
        String workSetting) {
    /** Every application. */
    public static final MetricsFilter ALL = new MetricsFilter(null, null, null, null, null, null, null);
}
