package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

class JobsCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void listings() throws SQLException {
        cli = new CliRunner(dir);
        cli.run("company", "import", "examples/companies.yaml");
        cli.execute(
                "INSERT INTO job_listing (id, company_id, external_id, title, location, url_path, last_fetched, posted_date)"
                        + " SELECT 1, id, 'R1', 'Software Engineer', 'Seattle, WA', '/job/Seattle/R1',"
                        + " '2026-11-24T09:00:00.000Z', '2026-11-20' FROM company WHERE name = 'Nordstrom'");
        cli.execute("INSERT INTO job_listing (id, company_id, external_id, title, location, url, last_fetched)"
                + " SELECT 2, id, '42', 'Data Engineer, Payments', 'Remote', 'https://stripe.com/jobs/42',"
                + " '2026-11-24T09:00:00.000Z' FROM company WHERE name = 'Stripe'");
        cli.execute(
                "INSERT INTO job_listing (id, company_id, external_id, title, last_fetched, is_stale)"
                        + " SELECT 3, id, '43', 'Gone Engineer', '2026-11-24T09:00:00.000Z', 1 FROM company WHERE name = 'Stripe'");
        cli.execute(
                "INSERT INTO job_listing (id, company_id, external_id, title, last_fetched)"
                        + " SELECT 4, id, '44', 'Hidden Engineer', '2026-11-24T09:00:00.000Z' FROM company WHERE name = 'HireVue'");
    }

    @Test
    void theDefaultViewShowsNewListingsWithFullUrlsAndHidesStaleAndInactive() {
        Result result = cli.run("jobs");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("https://nordstrom.wd501.myworkdayjobs.com/en-US/nordstrom_careers/job/Seattle/R1")
                .contains("https://stripe.com/jobs/42")
                .doesNotContain("Gone Engineer", "Hidden Engineer");
        assertThat(result.out().lines().skip(1).findFirst())
                .hasValueSatisfying(l -> assertThat(l).startsWith("1 "));
        assertThat(result.err()).isEqualTo("jsa: 2 new listings to review" + System.lineSeparator());
    }

    @Test
    void filtersAndFormats() {
        assertThat(cli.run("jobs", "list", "--keyword", "DATA", "--format", "csv")
                        .out())
                .isEqualTo("ID,STATUS,COMPANY,TITLE,LOCATION,POSTED,URL\n"
                        + "2,new,Stripe,\"Data Engineer, Payments\",Remote,,\"https://stripe.com/jobs/42\"\n");
        assertThat(cli.run("jobs", "--company", "nordstrom", "--format", "md").out())
                .contains("| 1 | new | Nordstrom | Software Engineer | Seattle, WA | 2026-11-20 |")
                .doesNotContain("Stripe");
        assertThat(cli.run("jobs", "--format", "json").out()).contains("\"posted_date\" : \"2026-11-20\"");
        assertThat(cli.run("jobs", "--status", "bogus").exitCode()).isEqualTo(2);
    }

    @Test
    void aTableShowsTheNewestScreenfulAndSaysHowManyWereLeftOut() throws SQLException {
        // 60 more new Stripe listings, posted on successive days after the others
        cli.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)"
                + " INSERT INTO job_listing (company_id, external_id, title, last_fetched, posted_date)"
                + " SELECT c.id, 'B' || i, 'Bulk Engineer ' || i, '2026-11-24T09:00:00.000Z', date('2026-11-21', '+' || i || ' days')"
                + " FROM n, company c WHERE c.name = 'Stripe'");

        Result table = cli.run("jobs");
        Result csv = cli.run("jobs", "list", "--format", "csv");
        Result three = cli.run("jobs", "list", "--format", "json", "--limit", "3");

        assertThat(table.out().lines().skip(1)).hasSize(PageOptions.SCREENFUL);
        assertThat(table.out().lines().skip(1).findFirst())
                .hasValueSatisfying(l -> assertThat(l).contains("Bulk Engineer 60"));
        assertThat(table.err())
                .contains("showing the newest 50 of 62 listings; --limit 0 shows them all")
                .contains("62 new listings to review");
        assertThat(csv.out().lines().skip(1)).hasSize(62);
        assertThat(csv.err()).isEmpty();
        assertThat(three.out()).contains("Bulk Engineer 60", "Bulk Engineer 58").doesNotContain("Bulk Engineer 57");
        assertThat(cli.run("jobs", "--limit", "0").out().lines().skip(1)).hasSize(62);
        Result negative = cli.run("jobs", "--limit", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--limit -1 is negative");
    }

    @Test
    void markFollowsTheDesignsTransitionsAllOrNothing() throws SQLException {
        Result refused = cli.run("jobs", "mark", "1", "2", "--status", "applied");
        Result interested = cli.run("jobs", "mark", "1", "2", "--status", "interested");
        Result applied = cli.run("jobs", "mark", "1", "--status", "applied");
        Result back = cli.run("jobs", "mark", "1", "--status", "dismissed");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("listing 1 is new and cannot become applied");
        assertThat(interested.exitCode()).isZero();
        assertThat(applied.exitCode()).isZero();
        assertThat(back.exitCode()).isEqualTo(1);
        assertThat(back.err()).contains("applied is final");
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 1")).isEqualTo("applied");
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 2")).isEqualTo("interested");
        assertThat(cli.run("jobs", "mark", "99", "--status", "interested").err())
                .contains("no listing 99");
    }

    @Test
    void bulkActionsNeedConfirmation() throws SQLException {
        Result unconfirmed = cli.run("jobs", "dismiss-all");
        Result confirmed = cli.run("jobs", "dismiss-all", "--yes");

        assertThat(unconfirmed.exitCode()).isEqualTo(1);
        assertThat(unconfirmed.err())
                .contains("2 new listings would become dismissed and nobody confirmed; pass --yes");
        assertThat(confirmed.exitCode()).isZero();
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 1")).isEqualTo("dismissed");
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 2")).isEqualTo("dismissed");
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 3")).isEqualTo("new");
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 4")).isEqualTo("new");
        assertThat(cli.run("jobs", "apply-all", "--yes").err()).contains("no interested listings");
    }

    @Test
    void openPrintsTheUrlWithoutADesktop() {
        Result result = cli.env("DISPLAY", null).env("WAYLAND_DISPLAY", null).run("jobs", "open", "2");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("https://stripe.com/jobs/42" + System.lineSeparator());
        assertThat(cli.run("jobs", "open", "3").err()).contains("listing 3 has no URL");
    }
}
