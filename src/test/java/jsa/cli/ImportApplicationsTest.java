package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/** {@code jsa import applications}, {@code jsa export applications} and {@code jsa history}. */
class ImportApplicationsTest {
    private static final String HEADER = "company,listing_job_title,location,min_salary,max_salary,external_job_id,"
            + "applied_date,status,status_date,outcome,outcome_date\n";

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = new CliRunner(dir);
    }

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void bomQuotedCommasAndCrlfImportWithTheirTimeline() throws IOException {
        Path file = csv(
                "history.csv",
                "\uFEFF" + HEADER.replace("\n", "\r\n")
                        + "Acme Corp,\"Senior Engineer, Payments\",\"Chicago, IL\",150000,180000,R-1,2026-06-01,"
                        + "callback,2026-06-05,offer,2026-07-01\r\n"
                        + "\r\n"
                        + "Beta,Data Engineer,\"Bellevue, WA\",,,,2026-06-02,rejected,2026-06-20,,\r\n");

        Result result = cli.run("import", "applications", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("added 2, updated 0, unchanged 0\n");
        assertThat(cli.query("SELECT listing_job_title || '|' || location || '|' || min_salary FROM job WHERE id = 1"))
                .isEqualTo("Senior Engineer, Payments|Chicago, IL|150000");
        assertThat(cli.query("SELECT group_concat(kind || ':' || coalesce(value, '') || ':' || event_date, ' ')"
                        + " FROM (SELECT * FROM application_event WHERE application_id = 1 ORDER BY event_date, id)"))
                .isEqualTo("applied::2026-06-01 status:callback:2026-06-05 outcome:offer:2026-07-01");
    }

    @Test
    void badLinesAreReportedWithTheirNumbersAndNothingIsImported() throws IOException {
        String future = java.time.LocalDate.now().plusDays(3).toString();
        Path file = csv(
                "bad.csv",
                HEADER
                        + "Good,Engineer,,,,,2026-06-01,,,,\n"
                        + "\n"
                        + "Dates,Engineer,,,,,06/01/2026,,,,\n"
                        + "States,Engineer,,,,,2026-06-01,ghosted,2026-06-02,,\n"
                        + "Money,Engineer,,$150k,,,2026-06-01,,,,\n"
                        + "Good,Engineer,,,,,2026-06-01,,,,\n"
                        + "Early,Engineer,,,,,2026-06-10,rejected,2026-06-01,,\n"
                        + "Outcome,Engineer,,,,,2026-06-01,rejected,2026-06-03,offer,2026-06-04\n"
                        + "Future,Engineer,,,,," + future + ",,,,\n"
                        + "Short,Engineer\n"
                        + "\"Multi\nline\",Engineer,,,,,2026-06-01,closed,,,\n");

        Result result = cli.run("import", "applications", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains(file + ":4: applied_date '06/01/2026' is not a date (YYYY-MM-DD)")
                .contains(file + ":5: status 'ghosted' is not one of: (empty), callback, rejected, closed")
                .contains(file + ":6: min_salary '$150k' is not a whole number of dollars")
                .contains(file + ":7: it repeats line 2 (the same application)")
                .contains(file + ":8: status_date 2026-06-01 is before 2026-06-10")
                .contains(file + ":9: outcome offer needs status callback")
                .contains(file + ":10: applied_date " + future + " is in the future")
                .contains(file + ":11: it has 2 cells, the header 11")
                .contains(file + ":12: status_date is empty but status is closed")
                .contains("9 bad line(s) in " + file + "; nothing was imported; fix them, or pass --skip-bad");
        assertThat(cli.count("application")).isZero();
        assertThat(cli.count("job")).isZero();

        Result skipping = cli.run("import", "applications", "--skip-bad", file.toString());

        assertThat(skipping.exitCode()).isEqualTo(3);
        assertThat(skipping.out()).isEqualTo("added 1, updated 0, unchanged 0, skipped 9\n");
        assertThat(cli.count("application")).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAnApplicationHistoryIsRefusedAsAWhole() throws IOException {
        Result unknown = cli.run(
                "import",
                "applications",
                csv("a.csv", "company,title,applied_date\n").toString());
        Result missing = cli.run(
                "import",
                "applications",
                csv("b.csv", "company,listing_job_title\n").toString());
        Result absent =
                cli.run("import", "applications", dir.resolve("none.csv").toString());

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("has an unknown column 'title'");
        assertThat(missing.err()).contains("has no column 'applied_date'");
        assertThat(absent.err()).contains("cannot read").contains("no such file");
    }

    @Test
    void importingAgainChangesNothingAndALaterStatusMovesTheApplicationOn() throws IOException {
        Path first =
                csv("first.csv", HEADER + "Acme,Engineer,,,,R-7,2026-06-01,,,,\nBeta,Analyst,,,,,2026-06-02,,,,\n");
        Path later = csv(
                "later.csv",
                HEADER + "ACME,Engineer (renamed),,,,R-7,2026-06-01,callback,2026-06-09,,\n"
                        + "beta,analyst,,,,,2026-06-02,,,,\n");

        assertThat(cli.run("import", "applications", first.toString()).out())
                .isEqualTo("added 2, updated 0, unchanged 0\n");
        assertThat(cli.run("import", "applications", first.toString()).out())
                .isEqualTo("added 0, updated 0, unchanged 2\n");
        Result moved = cli.run("import", "applications", later.toString());

        assertThat(moved.out()).isEqualTo("added 0, updated 1, unchanged 1\n");
        assertThat(cli.count("application")).isEqualTo(2);
        assertThat(cli.query("SELECT state || ' ' || status_date FROM application_status WHERE application_id = 1"))
                .isEqualTo("callback 2026-06-09");
    }

    @Test
    void aLineForAPostingAlreadyFiledAppliesToItsJobAndLinesRefusedByTheRecordedOnesAreSkipped() throws IOException {
        cli.execute("INSERT INTO job (company, listing_job_title, external_job_id) VALUES ('Acme', 'Engineer', 'R-1')");
        Path first = csv(
                "first.csv",
                HEADER + "Beta,Analyst,,,,,2026-06-02,callback,2026-06-04,offer,2026-06-20\n"
                        + "Gamma,Tester,,,,,2026-06-03,rejected,2026-06-05,,\n");
        Path second = csv(
                "second.csv",
                HEADER + "ACME,Engineer,,,,R-1,2026-06-01,callback,2026-06-03,,\n"
                        + "beta,analyst,,,,,2026-06-02,closed,2026-06-21,,\n"
                        + "Gamma,Tester,,,,,2026-06-03,closed,2026-06-04,,\n"
                        + "Delta,Lead,,,,,2026-06-05,,,,\n");
        assertThat(cli.run("import", "applications", first.toString()).exitCode())
                .isZero();

        Result all = cli.run("import", "applications", second.toString());
        Result skipping = cli.run("import", "applications", second.toString(), "--skip-bad");

        assertThat(all.exitCode()).isEqualTo(2);
        assertThat(all.err())
                .contains(second + ":3: application 1's interview process already ended (offer on 2026-06-20)")
                .contains(second + ":4: status date 2026-06-04 is before the current status (rejected on 2026-06-05)");
        assertThat(skipping.exitCode()).isEqualTo(3);
        assertThat(skipping.out()).isEqualTo("added 2, updated 0, unchanged 0, skipped 2\n");
        assertThat(cli.count("job")).isEqualTo(4);
        assertThat(cli.query("SELECT group_concat(line, ' ') FROM (SELECT a.id || ':' || a.job_id || ':'"
                        + " || coalesce(s.state, '-') AS line FROM application a"
                        + " LEFT JOIN application_status s ON s.application_id = a.id ORDER BY a.id)"))
                .isEqualTo("1:2:callback 2:3:rejected 3:1:callback 4:4:-");
    }

    @Test
    void exportThenImportGivesTheSameHistory() throws IOException {
        cli.run("import", "applications", "examples/applications.csv");
        cli.execute("INSERT INTO job (company, listing_job_title, work_setting) VALUES ('Zeta', 'Engineer, \"Core\"',"
                + " 'remote')");
        assertThat(cli.run("apply", "--job", "151", "--date", "2026-11-01").exitCode())
                .isZero();
        Result exported = cli.run("export", "applications");
        Path file = csv("export.csv", exported.out());

        CliRunner other = new CliRunner(dir.resolve("other"));
        Result imported = other.run("import", "applications", file.toString());

        assertThat(exported.out()).startsWith(String.join(",", jsa.tracker.ApplicationCsv.COLUMNS) + "\n");
        assertThat(imported.out()).isEqualTo("added 151, updated 0, unchanged 0\n");
        assertThat(other.run("export", "applications").out()).isEqualTo(exported.out());
        assertThat(cli.run("export", "applications", "--format", "json").out())
                .contains("\"events\" : [")
                .contains("\"kind\" : \"applied\"");
    }

    @Test
    void theExampleHistoryImportsCleanly() {
        Result result = cli.run("import", "applications", "examples/applications.csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("added 150, updated 0, unchanged 0\n");
        assertThat(cli.query("SELECT count(DISTINCT state) FROM application_status"))
                .isEqualTo("3");
        assertThat(cli.query("SELECT count(DISTINCT outcome) FROM interview_process_status"))
                .isEqualTo("5");
        assertThat(cli.query("SELECT count(*) FROM job WHERE location LIKE '%, WA'"))
                .isNotEqualTo("0");
        assertThat(cli.query("SELECT count(*) FROM job WHERE location LIKE '%, IL'"))
                .isNotEqualTo("0");
    }

    @Test
    void historyShowsACompanysApplicationsNewestFirstByStatusPriority() throws IOException {
        Path file = csv(
                "acme.csv",
                HEADER + "Acme Corp,No answer,,,,,2026-06-01,,,,\n"
                        + "Acme Corp,Called back,,,,,2026-06-02,callback,2026-06-04,,\n"
                        + "Acme Corp,Turned down,,,,,2026-06-03,rejected,2026-06-05,,\n"
                        + "ACME CORP,Got an offer,,,,,2026-06-04,callback,2026-06-06,offer,2026-06-20\n"
                        + "Acme Corp,Went quiet,,,,,2026-06-05,callback,2026-06-07,ghosted,2026-06-30\n"
                        + "Acme Corp,Closed,,,,,2026-06-06,closed,2026-06-08,,\n"
                        + "Acme Corporation,Other company,,,,,2026-06-07,,,,\n");
        assertThat(cli.run("import", "applications", file.toString()).exitCode())
                .isZero();

        Result all = cli.run("history", "acme corp", "--format", "csv");
        Result active = cli.run("history", "Acme Corp", "--status", "active", "--format", "csv");
        Result inactive = cli.run("history", "Acme Corp", "--status", "inactive", "--format", "csv");
        Result none = cli.run("history", "Nobody");

        assertThat(all.out().lines().skip(1).map(line -> line.split(",")[3] + ": " + line.split(",")[5]))
                .containsExactly(
                        "Closed: Closed",
                        "\"Went quiet\": Ghosted",
                        "\"Got an offer\": Offer",
                        "\"Turned down\": Rejected",
                        "\"Called back\": Interviewing",
                        "\"No answer\": \"No Response\"");
        assertThat(active.out()).contains("Called back").contains("No answer").doesNotContain("offer");
        assertThat(active.out().lines()).hasSize(3);
        assertThat(inactive.out().lines()).hasSize(5);
        assertThat(none.exitCode()).isZero();
        assertThat(none.err()).contains("no applications to Nobody");
    }
}
