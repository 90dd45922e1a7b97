package jsa.cli;

/** How {@code jsa metrics} prints its report. */
enum MetricsFormat {
    table,
    md,
    json,
    html
}
