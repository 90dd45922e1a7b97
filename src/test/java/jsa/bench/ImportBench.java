package jsa.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.jdbi.v3.core.Jdbi;

import jsa.db.Database;
import jsa.tracker.ApplicationImport;
import jsa.tracker.ApplicationImportBaseline;
import jsa.tracker.ApplicationImportReport;

/**
 * {@code jsa import applications} of 20,000 generated lines, the batched import against the one it
 * replaced ({@link ApplicationImportBaseline}), side by side: into a fresh database, the same file
 * again (all unchanged), then a file that moves a quarter of them on. Each step gets a fresh copy of
 * the database for each importer; the tables each leaves must be equal (timestamps aside). Run with
 * {@code mvn -q -o -Pbench test-compile exec:java@import-bench}.
 */
public final class ImportBench {
    private static final int LINES = 20_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    // the columns each table is compared on: everything but the timestamps jsa stamps itself
    private static final List<String> TABLES = List.of(
            "SELECT id, company, listing_job_title, role, specialization, level, location, work_setting,"
                    + " min_experience_years, min_salary, max_salary, salary_currency, salary_period,"
                    + " external_job_id, source FROM job ORDER BY id",
            "SELECT id, job_id, resume_id, applied_date FROM application ORDER BY id",
            "SELECT id, application_id, state, status_date FROM application_status ORDER BY id",
            "SELECT id, application_id, outcome, outcome_date, notes FROM interview_process_status ORDER BY id",
            "SELECT id, application_id, kind, value, event_date, detail FROM application_event ORDER BY id");

    private ImportBench() {}

    /** An importer under test: the CSV text in, the report out. */
    private interface Importer {
        ApplicationImportReport run(Jdbi jdbi, String csv);
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && (args[0].equals("before") || args[0].equals("after"))) {
            once(args[0], Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path dir = Files.createTempDirectory("jsa-import-bench");
        Path first = dir.resolve("applications.csv");
        Path moved = dir.resolve("applications-moved-on.csv");
        Files.writeString(first, csv(false), StandardCharsets.UTF_8);
        Files.writeString(moved, csv(true), StandardCharsets.UTF_8);
        Importer before = (jdbi, text) -> new ApplicationImportBaseline(jdbi, CLOCK).importCsv(text, "bench", false);
        Importer after = (jdbi, text) -> new ApplicationImport(jdbi, CLOCK).importCsv(text, "bench", false);
        String firstCsv = Files.readString(first);
        String movedCsv = Files.readString(moved);
        System.out.printf("%,d lines, %s; best of %d rounds each%n", LINES, first, rounds);
        System.out.printf(
                "%-34s %12s %12s %12s %12s %8s%n",
                "step", "before ms", "before /s", "after ms", "after /s", "speed-up");
        // the same starting database for each step, for both importers
        Path empty = dir.resolve("empty.db");
        Database.open(empty);
        Path imported = dir.resolve("imported.db");
        copy(empty, imported);
        after.run(Database.open(imported).jdbi(), firstCsv);
        step("fresh import", dir, empty, firstCsv, before, after, rounds);
        step("same file again (all unchanged)", dir, imported, firstCsv, before, after, rounds);
        step("a quarter moved on", dir, imported, movedCsv, before, after, rounds);
        System.out.printf(
                "%nEach in a fresh JVM with bin/jsa's options (C1 only, serial GC), start-up included:%n%-34s %12s %12s %8s%n",
                "step", "before ms", "after ms", "speed-up");
        for (int round = 0; round < rounds; round++) {
            cold(dir, first, round);
        }
    }

    // one import into a fresh database, then the same file again, for each importer in its own JVM
    private static void cold(Path dir, Path csv, int round) throws Exception {
        long[] fresh = new long[2];
        long[] again = new long[2];
        String[] which = {"before", "after"};
        for (int i = 0; i < 2; i++) {
            Path db = Files.createTempFile(dir, which[i] + "-cold-", ".db");
            Files.delete(db);
            fresh[i] = jvm(which[i], csv, db);
            again[i] = jvm(which[i], csv, db);
        }
        System.out.printf(
                "%-34s %12d %12d %7.1f×%n",
                "fresh import, round " + (round + 1), fresh[0], fresh[1], (double) fresh[0] / fresh[1]);
        System.out.printf(
                "%-34s %12d %12d %7.1f×%n",
                "same file again, round " + (round + 1), again[0], again[1], (double) again[0] / again[1]);
    }

    private static long jvm(String which, Path csv, Path db) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        classPath(),
                        ImportBench.class.getName(),
                        which,
                        csv.toString(),
                        db.toString())
                .inheritIO()
                .start();
        long start = System.nanoTime();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(which + " import failed");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    // exec:java runs this in Maven's JVM, whose java.class.path is Maven's own
    private static String classPath() throws Exception {
        if (ImportBench.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> paths = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                paths.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, paths);
        }
        return System.getProperty("java.class.path");
    }

    private static void once(String which, Path csv, Path db) throws Exception {
        Jdbi jdbi = Database.open(db).jdbi();
        String text = Files.readString(csv);
        ApplicationImportReport report = which.equals("before")
                ? new ApplicationImportBaseline(jdbi, CLOCK).importCsv(text, csv.toString(), false)
                : new ApplicationImport(jdbi, CLOCK).importCsv(text, csv.toString(), false);
        if (!report.written()) {
            throw new IllegalStateException(report.toString());
        }
    }

    private static void step(String name, Path dir, Path start, String csv, Importer before, Importer after, int rounds)
            throws Exception {
        long bestBefore = Long.MAX_VALUE;
        long bestAfter = Long.MAX_VALUE;
        ApplicationImportReport reportBefore = null;
        ApplicationImportReport reportAfter = null;
        List<List<String>> tablesBefore = null;
        List<List<String>> tablesAfter = null;
        for (int round = 0; round < rounds; round++) {
            // interleaved, so that warm-up and machine noise fall on both
            Path a = Files.createTempFile(dir, "before-", ".db");
            Files.delete(a);
            copy(start, a);
            Jdbi jdbiA = Database.open(a).jdbi();
            long t0 = System.nanoTime();
            reportBefore = before.run(jdbiA, csv);
            bestBefore = Math.min(bestBefore, System.nanoTime() - t0);
            tablesBefore = tables(a);
            Path b = Files.createTempFile(dir, "after-", ".db");
            Files.delete(b);
            copy(start, b);
            Jdbi jdbiB = Database.open(b).jdbi();
            long t1 = System.nanoTime();
            reportAfter = after.run(jdbiB, csv);
            bestAfter = Math.min(bestAfter, System.nanoTime() - t1);
            tablesAfter = tables(b);
        }
        if (!Objects.equals(reportBefore, reportAfter)) {
            throw new IllegalStateException(name + ": reports differ: " + reportBefore + " vs " + reportAfter);
        }
        if (!tablesBefore.equals(tablesAfter)) {
            throw new IllegalStateException(name + ": the importers left different tables");
        }
        Function<Long, Double> perSecond = nanos -> LINES / (nanos / 1e9);
        System.out.printf(
                "%-34s %12.0f %12.0f %12.0f %12.0f %7.1f×   (%d added, %d updated, %d unchanged; tables equal)%n",
                name,
                bestBefore / 1e6,
                perSecond.apply(bestBefore),
                bestAfter / 1e6,
                perSecond.apply(bestAfter),
                (double) bestBefore / bestAfter,
                reportAfter.added(),
                reportAfter.updated(),
                reportAfter.unchanged());
    }

    /**
     * The generated history: 700 companies, about half the lines with a posting id, statuses and
     * outcomes in every combination the import accepts. {@code movedOn} gives a quarter of the lines
     * without a response a callback, and a quarter of the callbacks an outcome.
     */
    static String csv(boolean movedOn) {
        String[] settings = {"remote", "hybrid", "onsite", ""};
        String[] states = {"callback", "rejected", "closed", "", ""};
        String[] outcomes = {"offer", "rejected", "failed", "ghosted", "withdrew", "", "", ""};
        StringBuilder out = new StringBuilder(
                "company,listing_job_title,role,specialization,level,location,work_setting,min_experience_years,"
                        + "min_salary,max_salary,source,external_job_id,applied_date,status,status_date,outcome,"
                        + "outcome_date\n");
        for (int i = 1; i <= LINES; i++) {
            LocalDate applied = START.plusDays(i % 650);
            String state = states[i % states.length];
            String outcome = state.equals("callback") ? outcomes[(i / 5) % outcomes.length] : "";
            if (movedOn && i % 4 == 0) {
                if (state.isEmpty()) {
                    state = "callback";
                } else if (state.equals("callback") && outcome.isEmpty()) {
                    outcome = "offer";
                }
            }
            LocalDate statusDate = applied.plusDays(3 + i % 11);
            LocalDate outcomeDate = statusDate.plusDays(i % 9);
            String company = i % 3 == 0 ? "\"Company " + (i % 700) + ", Inc.\"" : "company " + (i % 700);
            // the database compares company names without case
            out.append(movedOn && i % 8 == 0 ? company.toUpperCase(Locale.ROOT) : company)
                    .append(',')
                    .append("Engineer ")
                    .append(i)
                    .append(',')
                    .append(i % 2 == 0 ? "Backend Engineer" : "")
                    .append(',')
                    .append(i % 5 == 0 ? "Payments" : "")
                    .append(',')
                    .append(i % 3 == 0 ? "senior" : "mid")
                    .append(',')
                    .append(i % 7 == 0 ? "\"Seattle, WA\"" : "Remote")
                    .append(',')
                    .append(settings[i % settings.length])
                    .append(',')
                    .append(i % 11 == 10 ? "" : Integer.toString(i % 11))
                    .append(',')
                    .append(i % 6 == 0 ? "" : Integer.toString(120_000 + (i % 13) * 10_000))
                    .append(',')
                    .append(i % 6 == 0 ? "" : Integer.toString(150_000 + (i % 13) * 12_000))
                    .append(',')
                    .append(i % 4 == 1 ? "linkedin" : "")
                    .append(',')
                    .append(i % 2 == 0 ? "R-" + i : "")
                    .append(',')
                    .append(applied)
                    .append(',')
                    .append(state)
                    .append(',')
                    .append(state.isEmpty() ? "" : statusDate.toString())
                    .append(',')
                    .append(outcome)
                    .append(',')
                    .append(outcome.isEmpty() ? "" : outcomeDate.toString())
                    .append('\n');
        }
        return out.toString();
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Connection c = Database.open(from).connection();
                Statement s = c.createStatement()) {
            // a consistent copy of a WAL database, as 'jsa db backup' makes
            s.execute("VACUUM INTO '" + to.toString().replace("'", "''") + "'");
        }
    }

    private static List<List<String>> tables(Path db) throws SQLException {
        List<List<String>> tables = new ArrayList<>();
        try (Connection c = Database.open(db).connection();
                Statement s = c.createStatement()) {
            for (String sql : TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(sql)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                tables.add(rows);
            }
        }
        return tables;
    }
}
