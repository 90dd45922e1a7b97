package jsa.cli;

import java.io.PrintWriter;
import java.util.List;

import jsa.tracker.ApplicationRow;

/** Prints applications as the list and company history views show them. */
final class ApplicationRows {
    private ApplicationRows() {}

    /** One line about {@code app}: "application 7, Northwind Analytics, Senior Backend Engineer: Interviewing since 2026-11-21". */
    static String line(ApplicationRow app) {
        return "application " + app.id() + ", " + app.company() + ", " + app.listingJobTitle() + ": " + app.standing()
                + since(app);
    }

    static void print(PrintWriter out, OutputFormat format, List<ApplicationRow> rows) {
        RowPrinter.print(
                out,
                format,
                List.of("ID", "APPLIED", "COMPANY", "TITLE", "LOCATION", "STATUS", "SINCE"),
                rows.stream()
                        .map(a -> List.of(
                                Long.toString(a.id()),
                                a.appliedDate().toString(),
                                a.company(),
                                a.listingJobTitle(),
                                a.location() == null ? "" : a.location(),
                                a.standing(),
                                a.outcomeDate() != null
                                        ? a.outcomeDate().toString()
                                        : a.statusDate() == null
                                                ? ""
                                                : a.statusDate().toString()))
                        .toList(),
                rows);
    }

    private static String since(ApplicationRow app) {
        if (app.outcomeDate() != null) {
            return " since " + app.outcomeDate();
        }
        return app.statusDate() == null ? "" : " since " + app.statusDate();
    }
}
