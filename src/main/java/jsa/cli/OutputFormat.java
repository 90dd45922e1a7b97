package jsa.cli;

/** How a list command prints its rows. */
enum OutputFormat {
    table,
    json,
    csv,
    md
}
