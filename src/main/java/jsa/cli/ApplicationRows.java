package jsa.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
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
        print(out, format, rows, false);
    }

    /** As {@link #print(PrintWriter, OutputFormat, List)}, with a last column of each one's newest note if {@code notes}. */
    static void print(PrintWriter out, OutputFormat format, List<ApplicationRow> rows, boolean notes) {
        List<String> headers =
                new ArrayList<>(List.of("ID", "APPLIED", "COMPANY", "TITLE", "LOCATION", "STATUS", "SINCE"));
        if (notes) {
            headers.add("NOTE");
        }
        RowPrinter.print(
                out, format, headers, rows.stream().map(a -> cells(a, notes)).toList(), rows);
    }

    private static List<String> cells(ApplicationRow a, boolean note) {
        List<String> cells = new ArrayList<>(List.of(
                Long.toString(a.id()),
                a.appliedDate().toString(),
                a.company(),
                a.listingJobTitle(),
                a.location() == null ? "" : a.location(),
                a.standing(),
                a.outcomeDate() != null
                        ? a.outcomeDate().toString()
                        : a.statusDate() == null ? "" : a.statusDate().toString()));
        if (note) {
            cells.add(a.lastNote() == null ? "" : a.lastNote());
        }
        return cells;
    }

    private static String since(ApplicationRow app) {
        if (app.outcomeDate() != null) {
            return " since " + app.outcomeDate();
        }
        return app.statusDate() == null ? "" : " since " + app.statusDate();
    }
}
