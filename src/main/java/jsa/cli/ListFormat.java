package jsa.cli;

/** How a list command prints its rows. */
enum ListFormat {
    table,
    json
}
