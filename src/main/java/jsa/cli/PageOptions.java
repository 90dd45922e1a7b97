package jsa.cli;

import java.io.PrintWriter;

import jsa.JsaException;
import jsa.Page;

import picocli.CommandLine.Option;

/**
 * The format and length of a list view. A table or Markdown shows a screenful by default, since a
 * sync brings in tens of thousands of listings; JSON and CSV, for programs, show everything.
 */
final class PageOptions {
    /** Rows a person reads at once. */
    static final int SCREENFUL = 50;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or md.")
    OutputFormat format;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "At most N rows, newest first; 0 for all. Default: " + SCREENFUL
                    + " for a table or md, all otherwise.")
    Integer limit;

    /** How many rows to show: {@code --limit}, else a screenful for people and all (0) for programs. */
    int limit() {
        if (limit != null) {
            if (limit < 0) {
                throw JsaException.usage("--limit " + limit + " is negative", "give a count, or 0 for all");
            }
            return limit;
        }
        return format == OutputFormat.table || format == OutputFormat.md ? SCREENFUL : 0;
    }

    /** Says on stderr how many {@code what} a page left out, if any. */
    static void noteLeftOut(PrintWriter err, Page<?> page, String what) {
        if (page.truncated()) {
            err.println("jsa: showing the newest " + page.rows().size() + " of " + page.total() + " " + what
                    + "; --limit 0 shows them all");
        }
    }
}
