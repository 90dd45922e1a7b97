package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/** {@code jsa apply}, {@code app status|outcome|note|show|list} and {@code contract set} on a real database. */
class ApplyCommandTest {
    private static final String NORTHWIND = "examples/jds/northwind-senior-backend-engineer.md";

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void profile() {
        cli = new CliRunner(dir);
        assertThat(cli.run("profile", "import", "examples/profile.yaml").exitCode())
                .isZero();
    }

    @Test
    void applyToAJobSendsItsNewestResumeAndASecondApplicationIsRefused() {
        assertThat(cli.run("gen-resume", NORTHWIND).exitCode()).isZero();
        assertThat(cli.run("gen-resume", NORTHWIND).exitCode()).isZero();

        Result applied = cli.run("apply", "--job", "1", "--date", "2026-11-02");
        Result again = cli.run("apply", "--job", "1");

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).isEqualTo("1\n");
        assertThat(applied.err()).contains("recorded application 1 to job 1 on 2026-11-02 with resume 2");
        assertThat(cli.query("SELECT resume_id || ' ' || applied_date FROM application"))
                .isEqualTo("2 2026-11-02");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("job 1 already has application 1 (applied 2026-11-02)");
        assertThat(cli.count("application")).isEqualTo(1);
    }

    @Test
    void applyRefusesAMissingJobAResumeOfAnotherJobAndAFutureDate() {
        cli.execute("INSERT INTO job (company, listing_job_title) VALUES ('Acme', 'Engineer'), ('Beta', 'Analyst')");
        assertThat(cli.run("gen-resume", NORTHWIND).exitCode()).isZero();

        assertThat(cli.run("apply", "--job", "9").err()).contains("no job 9");
        Result otherResume = cli.run("apply", "--job", "1", "--resume", "1");
        Result future = cli.run(
                "apply", "--job", "1", "--date", LocalDate.now().plusDays(2).toString());
        Result both = cli.run("apply", "--job", "1", "--listing", "1");

        assertThat(otherResume.exitCode()).isEqualTo(2);
        assertThat(otherResume.err()).contains("resume 1 was written for job 3, not job 1");
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.err()).contains("is in the future");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give one of FILE, --job ID or --listing ID");
        assertThat(cli.count("application")).isZero();
    }

    @Test
    void applyToAFileParsesItAndFilesTheJobWithItsApplicationTogether() {
        Result applied = cli.run("apply", NORTHWIND, "--date", "2026-11-03");
        Result again = cli.run("apply", NORTHWIND);

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(cli.query("SELECT company || ', ' || listing_job_title FROM job"))
                .isEqualTo("Northwind Analytics, Senior Backend Engineer, Payments");
        assertThat(cli.query("SELECT applied_date FROM application WHERE job_id = 1"))
                .isEqualTo("2026-11-03");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("job 1 already has application 1");
        assertThat(cli.count("job")).isEqualTo(1);
        assertThat(cli.count("application")).isEqualTo(1);
    }

    @Test
    void applyToAListingFilesItsPostingAsAJobAndMarksItApplied() {
        cli.execute("INSERT INTO company (id, name, platform, public_site_url) VALUES"
                + " (1, 'Cobalt Freight', 'greenhouse', 'https://jobs.example.com/cobalt')");
        cli.execute("INSERT INTO job_listing (id, company_id, external_id, title, location, url_path, description,"
                + " min_salary, max_salary, salary_currency, salary_period, status, last_fetched) VALUES"
                + " (7, 1, 'GH-42', 'Data Engineer II', 'Bellevue, WA', '/jobs/42', 'Build pipelines.',"
                + " 140000, 170000, 'USD', 'year', 'dismissed', '2026-11-20T10:00:00.000Z')");

        Result applied = cli.run("apply", "--listing", "7", "--date", "2026-11-21");
        Result again = cli.run("apply", "--listing", "7");

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 7")).isEqualTo("applied");
        assertThat(cli.query("SELECT company || '|' || listing_job_title || '|' || location || '|' || external_job_id"
                        + " || '|' || url || '|' || raw_jd_text || '|' || min_salary || '|' || listing_id FROM job"))
                .isEqualTo("Cobalt Freight|Data Engineer II|Bellevue, WA|GH-42|https://jobs.example.com/cobalt/jobs/42"
                        + "|Build pipelines.|140000|7");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("job 1 already has application 1");
        assertThat(cli.run("apply", "--listing", "8").err()).contains("no listing 8");
        assertThat(cli.count("job")).isEqualTo(1);
    }

    @Test
    void statusAndOutcomeFollowTheProcessAndImpossibleChangesAreRefused() {
        cli.execute("INSERT INTO job (company, listing_job_title) VALUES ('Acme', 'Engineer')");
        assertThat(cli.run("apply", "--job", "1", "--date", "2026-11-02").exitCode())
                .isZero();

        Result outcomeFirst = cli.run("app", "outcome", "1", "offer", "--date", "2026-11-05");
        Result beforeApplying = cli.run("app", "status", "1", "callback", "--date", "2026-11-01");
        Result callback = cli.run("app", "status", "1", "callback", "--date", "2026-11-04");
        Result sameAgain = cli.run("app", "status", "1", "callback", "--date", "2026-11-05");
        Result outcomeBeforeCallback = cli.run("app", "outcome", "1", "offer", "--date", "2026-11-03");
        Result offer = cli.run("app", "outcome", "1", "offer", "--date", "2026-11-10", "--notes", "base 180k");
        Result afterOffer = cli.run("app", "status", "1", "rejected", "--date", "2026-11-11");
        Result unknown = cli.run("app", "status", "1", "ghosted");

        assertThat(outcomeFirst.exitCode()).isEqualTo(1);
        assertThat(outcomeFirst.err()).contains("application 1 has no callback (No Response)");
        assertThat(beforeApplying.exitCode()).isEqualTo(2);
        assertThat(beforeApplying.err()).contains("status date 2026-11-01 is before the application on 2026-11-02");
        assertThat(callback.out()).isEqualTo("application 1, Acme, Engineer: Interviewing since 2026-11-04\n");
        assertThat(sameAgain.err()).contains("application 1 is already callback since 2026-11-04");
        assertThat(outcomeBeforeCallback.exitCode()).isEqualTo(2);
        assertThat(outcomeBeforeCallback.err())
                .contains("outcome date 2026-11-03 is before the callback on 2026-11-04");
        assertThat(offer.out()).isEqualTo("application 1, Acme, Engineer: Offer since 2026-11-10\n");
        assertThat(afterOffer.exitCode()).isEqualTo(1);
        assertThat(afterOffer.err()).contains("interview process already ended (offer on 2026-11-10)");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(cli.query("SELECT group_concat(kind || ':' || coalesce(value, '') || ':' || event_date, ' ')"
                        + " FROM (SELECT * FROM application_event ORDER BY event_date, id)"))
                .isEqualTo("applied::2026-11-02 status:callback:2026-11-04 outcome:offer:2026-11-10");
        assertThat(cli.run("app", "show", "1").out())
                .contains("Offer (base 180k)")
                .contains("2026-11-02  applied\n")
                .contains("2026-11-04  status: callback\n")
                .contains("2026-11-10  outcome: offer — base 180k\n")
                .contains("none recorded");
    }

    @Test
    void showGivesTheResumeAsSentAndARejectedApplicationsRequirements() {
        assertThat(cli.run("gen-resume", NORTHWIND).exitCode()).isZero();
        String overridden = cli.query("SELECT text FROM resume_role_bullet ORDER BY id LIMIT 1");
        String excluded = cli.query("SELECT text FROM resume_role_bullet ORDER BY id LIMIT 1 OFFSET 1");
        cli.execute("UPDATE resume_role_bullet SET override_text = 'Cut p99 latency with my own words'"
                + " WHERE id = (SELECT min(id) FROM resume_role_bullet)");
        cli.execute("UPDATE resume_role_bullet SET exclude = 1"
                + " WHERE id = (SELECT id FROM resume_role_bullet ORDER BY id LIMIT 1 OFFSET 1)");
        String requirement = cli.query("SELECT text FROM requirement ORDER BY position LIMIT 1");
        assertThat(cli.run("apply", "--job", "1", "--date", "2026-11-02").exitCode())
                .isZero();

        String open = cli.run("app", "show", "1").out();
        assertThat(cli.run("app", "status", "1", "rejected", "--date", "2026-11-09")
                        .exitCode())
                .isZero();
        Result rejected = cli.run("app", "show", "1");

        assertThat(open)
                .startsWith("Application 1: Northwind Analytics — Senior Backend Engineer, Payments\n")
                .contains("RESUME AS SENT (RESUME 1)")
                .contains("Cut p99 latency with my own words")
                .doesNotContain(overridden)
                .doesNotContain(excluded)
                .doesNotContain("REQUIREMENTS");
        assertThat(rejected.out()).contains("REQUIREMENTS (REJECTED").contains(requirement);
        assertThat(cli.run("app", "show", "1", "--format", "md").out())
                .contains("## Timeline\n\n- 2026-11-02  applied\n")
                .contains("```\nTessa Lindqvist");
        assertThat(cli.run("app", "show", "1", "--format", "html").out())
                .contains("<h2>Timeline</h2>")
                .contains("<pre>Tessa Lindqvist");
        assertThat(cli.run("app", "show", "5").err()).contains("no application 5");
    }

    @Test
    void listShowsNewestFirstWithFilters() {
        cli.execute("INSERT INTO job (company, listing_job_title) VALUES ('Acme', 'Engineer'), ('Beta', 'Analyst')");
        cli.run("apply", "--job", "1", "--date", "2026-10-01");
        cli.run("apply", "--job", "2", "--date", "2026-10-05");
        cli.run("app", "status", "1", "closed", "--date", "2026-10-20");

        Result all = cli.run("app", "list");
        Result active = cli.run("app", "list", "--status", "active", "--format", "csv");
        Result json = cli.run("app", "list", "--company", "ACME", "--format", "json");

        assertThat(all.out().lines().map(String::strip))
                .containsExactly(
                        "ID  APPLIED     COMPANY  TITLE     LOCATION  STATUS       SINCE",
                        "2   2026-10-05  Beta     Analyst             No Response",
                        "1   2026-10-01  Acme     Engineer            Closed       2026-10-20");
        assertThat(active.out())
                .isEqualTo("ID,APPLIED,COMPANY,TITLE,LOCATION,STATUS,SINCE\n"
                        + "2,2026-10-05,Beta,Analyst,,\"No Response\",\n");
        assertThat(json.out())
                .contains("\"company\" : \"Acme\"")
                .contains("\"state\" : \"closed\"")
                .doesNotContain("Beta");
    }

    @Test
    void noteGoesOnTheTimelineAndTheNewestShowsInTheCompanyHistory() {
        cli.execute("INSERT INTO job (company, listing_job_title) VALUES ('Acme', 'Engineer'), ('Acme', 'Analyst')");
        cli.run("apply", "--job", "1", "--date", "2026-10-01");
        cli.run("apply", "--job", "2", "--date", "2026-10-05");
        String today = LocalDate.now().toString();

        Result noted = cli.run("app", "note", "1", "Emailed", "the", "recruiter,", "Sam");
        Result newer = cli.run("app", "note", "1", "Sam answered: hiring freeze until January");
        Result unknown = cli.run("app", "note", "9", "hello");
        Result blank = cli.run("app", "note", "2", "  ");
        Result none = cli.run("app", "note", "2");

        assertThat(noted.exitCode()).as(noted.err()).isZero();
        assertThat(noted.out()).isEmpty();
        assertThat(noted.err()).isEqualTo("jsa: noted on application 1, Acme, Engineer: No Response\n");
        assertThat(newer.exitCode()).isZero();
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("jsa: error: no application 9");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).contains("the note is empty");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(cli.query("SELECT group_concat(application_id || ' ' || event_date || ' ' || detail, '; ')"
                        + " FROM application_event WHERE kind = 'note'"))
                .isEqualTo("1 " + today + " Emailed the recruiter, Sam; 1 " + today
                        + " Sam answered: hiring freeze until January");
        assertThat(cli.run("app", "show", "1").out())
                .contains("TIMELINE\n  2026-10-01  applied\n  " + today + "  note — Emailed the recruiter, Sam\n  "
                        + today + "  note — Sam answered: hiring freeze until January\n");
        assertThat(cli.run("history", "acme").out().lines().map(String::strip))
                .containsExactly(
                        "ID  APPLIED     COMPANY  TITLE     LOCATION  STATUS       SINCE  NOTE",
                        "2   2026-10-05  Acme     Analyst             No Response",
                        "1   2026-10-01  Acme     Engineer            No Response         Sam answered: hiring freeze"
                                + " until January");
        assertThat(cli.run("history", "acme", "--format", "json").out())
                .contains("\"last_note\" : \"Sam answered: hiring freeze until January\"");
    }

    @Test
    void interviewsAreScheduledNotedAndListedWithACountdown() {
        cli.execute("INSERT INTO job (company, listing_job_title) VALUES ('Acme', 'Engineer')");
        cli.run("apply", "--job", "1", "--date", "2026-11-02");
        Result tooEarly = cli.run("interview", "add", "1", "--stage", "recruiter_screen", "--at", "2026-12-01 10:00");
        cli.run("app", "status", "1", "callback", "--date", "2026-11-05");
        String inThreeDays = LocalDate.now().plusDays(3) + " 12:00";

        Result added = cli.run(
                "interview",
                "add",
                "1",
                "--stage",
                "technical_screen",
                "--at",
                inThreeDays,
                "--format",
                "virtual_meeting",
                "--focus",
                "system_design",
                "--interviewer",
                "Dana Ruiz",
                "--interviewer-title",
                "Staff Engineer");
        Result past = cli.run("interview", "add", "1", "--stage", "recruiter_screen", "--at", "2026-11-06T09:30");
        Result noted = cli.run("interview", "note", "2", "Asked", "about", "Kafka");
        Result badTime = cli.run("interview", "add", "1", "--stage", "final_loop", "--at", "next tuesday");
        Result upcoming = cli.run("interviews");

        assertThat(tooEarly.exitCode()).isEqualTo(1);
        assertThat(tooEarly.err()).contains("application 1 has no callback");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("1\n");
        assertThat(past.out()).isEqualTo("2\n");
        assertThat(noted.exitCode()).isZero();
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("'next tuesday' is not a date and time");
        assertThat(upcoming.out().lines().map(String::strip))
                .containsExactly(
                        "ID  WHEN              IN         STAGE             COMPANY  TITLE     APP  WITH       PREPARED",
                        "1   " + inThreeDays + "  in 3 days  technical_screen  Acme     Engineer  1    Dana Ruiz  no");
        assertThat(cli.run("interviews", "--all", "--stage", "recruiter_screen").out())
                .contains("2026-11-06 09:30");
        assertThat(cli.run("app", "show", "1").out())
                .contains(
                        "PAST INTERVIEWS\n  2026-11-06 09:30 recruiter_screen [interview 2]\n      note: Asked about Kafka")
                .contains("UPCOMING INTERVIEWS\n  " + inThreeDays
                        + " technical_screen, virtual_meeting, system_design, with Dana Ruiz (Staff Engineer)")
                .contains("interview note (recruiter_screen) — Asked about Kafka");
    }

    @Test
    void contractSetKeepsTermsNotGiven() {
        cli.execute("INSERT INTO job (company, listing_job_title) VALUES ('Acme', 'Engineer')");

        Result first = cli.run(
                "contract",
                "set",
                "1",
                "--consulting-company",
                "Bridge Staffing",
                "--months",
                "6",
                "--hourly-rate",
                "85",
                "--benefits");
        Result second = cli.run("contract", "set", "1", "--pto", "--months", "12");
        Result bad = cli.run("contract", "set", "1", "--months", "0");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.out())
                .contains("consulting_company: Bridge Staffing")
                .contains("contract_length_months: 12")
                .contains("hourly_rate: 85.0")
                .contains("provides_benefits: true")
                .contains("provides_pto: true");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(cli.run("contract", "set", "4", "--pto").err()).contains("no job 4");
        assertThat(cli.count("contract_job")).isEqualTo(1);
    }
}
