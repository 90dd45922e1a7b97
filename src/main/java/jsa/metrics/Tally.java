package jsa.metrics;

import jsa.metrics.MetricsReport.DimensionRow;

/** Running counts of one dimension value. */
final class Tally {
    static final String UNKNOWN = "unknown";

    private final String value;
    private long total;
    private long callbacks;
    private long rejected;
    private long closed;

    Tally(String value) {
        this.value = value;
    }

    void add(String state) {
        total++;
        if (state != null) {
            switch (state) {
                case "callback" -> callbacks++;
                case "rejected" -> rejected++;
                default -> closed++;
            }
        }
    }

    String value() {
        return value;
    }

    long total() {
        return total;
    }

    long rejected() {
        return rejected;
    }

    DimensionRow row() {
        return new DimensionRow(
                value,
                total,
                callbacks,
                rejected,
                closed,
                total - callbacks - rejected - closed,
                percent(callbacks, total));
    }

    /** {@code part} as a percentage of {@code whole}, to one decimal; 0 when the whole is 0. */
    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
