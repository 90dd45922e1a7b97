package jsa.db;

import static jsa.db.SchemaRows.HASH;
import static jsa.db.SchemaRows.assertRejected;
import static jsa.db.SchemaRows.company;
import static jsa.db.SchemaRows.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jsa.db.SchemaRows.Catalog;
import jsa.db.SchemaRows.TrackedJob;

/** CHECK and UNIQUE constraints and the listing status trigger, on a database with one row in every table. */
class SchemaConstraintsTest {
    private static final String CHECK = "CHECK constraint failed";
    private static final String UNIQUE = "UNIQUE constraint failed";

    @TempDir
    Path dir;

    private Jdbi jdbi;
    private Catalog catalog;
    private TrackedJob tracked;

    @BeforeEach
    void openPopulatedDatabase() {
        jdbi = SchemaRows.open(dir).jdbi();
        jdbi.useHandle(h -> {
            catalog = SchemaRows.catalog(h);
            tracked = SchemaRows.trackedJob(h, catalog, "Acme");
            h.execute("INSERT INTO profile (name) VALUES ('Ada Lovelace')");
            h.execute("INSERT INTO search_config (search_term) VALUES ('Software Engineer')");
            company(h, "Initrode", "other");
        });
    }

    /** Each row: table, column, the allowed values (set in turn on the table's last row), one value outside them. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', textBlock = """
            job_listing              | status       | new interested dismissed applied                            | archived
            application_status       | state        | callback rejected closed                                    | offer
            interview                | stage        | recruiter_screen technical_screen final_loop                | onsite
            interview                | format       | phone_call virtual_meeting onsite                           | video
            interview                | focus        | coding system_design behavioral hiring_manager              | culture
            interview_process_status | outcome      | offer rejected failed ghosted withdrew                      | accepted
            job                      | work_setting | remote hybrid onsite                                        | Remote
            company                  | platform     | workday greenhouse lever ashby smartrecruiters other        | icims
            job_listing              | salary_period| year month hour                                             | week
            llm_call                 | provider     | anthropic openai offline                                    | gemini
            """)
    void enumerationColumnsAcceptOnlyTheirValues(String table, String column, String allowed, String rejected) {
        jdbi.useHandle(h -> {
            String last = " WHERE id = (SELECT max(id) FROM " + table + ")";
            String update = "UPDATE " + table + " SET " + column + " = ?" + last;
            assertRejected(h, CHECK, update, rejected);
            for (String value : allowed.split(" ")) {
                h.execute(update, value);
                assertThat(h.createQuery("SELECT " + column + " FROM " + table + last)
                                .mapTo(String.class)
                                .one())
                        .isEqualTo(value);
            }
        });
    }

    @Test
    void applicationEventKindIsAnEnumeration() {
        jdbi.useHandle(h -> {
            String sql = "INSERT INTO application_event (application_id, kind, event_date) VALUES (?, ?, '2026-11-21')";
            h.execute(sql, tracked.application(), "interview_scheduled");
            assertRejected(h, CHECK, sql, tracked.application(), "emailed");
        });
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.01})
    void relevanceOutsideZeroToOneIsRejected(double relevance) {
        jdbi.useHandle(h -> {
            h.execute("UPDATE requirement SET relevance = 0");
            h.execute("UPDATE requirement SET relevance = 1");
            assertRejected(h, CHECK, "UPDATE requirement SET relevance = ?", relevance);
            assertRejected(h, CHECK, "UPDATE resume_role_bullet SET relevance = ?", relevance);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"job", "job_listing"})
    void minimumSalaryAboveMaximumIsRejected(String table) {
        jdbi.useHandle(h -> {
            h.execute("UPDATE " + table + " SET min_salary = 150000, max_salary = 150000");
            assertRejected(h, CHECK, "UPDATE " + table + " SET min_salary = 200000, max_salary = 150000");
            assertRejected(h, CHECK, "UPDATE " + table + " SET min_salary = -1, max_salary = NULL");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "yesterday", "2026-02-30", "2026-2-03", "2026-02-03T10:00:00", ""})
    void datesMustBeRealCalendarDatesInIsoFormat(String date) {
        jdbi.useHandle(h -> {
            h.execute("UPDATE application SET applied_date = '2028-02-29'");
            assertRejected(h, CHECK, "UPDATE application SET applied_date = ?", date);
            assertRejected(h, CHECK, "UPDATE application_status SET status_date = ?", date);
            assertRejected(h, CHECK, "UPDATE interview_process_status SET outcome_date = ?", date);
            assertRejected(h, CHECK, "UPDATE job_listing SET posted_date = ?", date);
            assertRejected(h, CHECK, "UPDATE experience_role SET start_date = ?", date);
            assertRejected(h, CHECK, "UPDATE experience_role SET end_date = ?", date);
            assertRejected(
                    h,
                    CHECK,
                    "INSERT INTO application_event (application_id, kind, event_date) VALUES (?, 'note', ?)",
                    tracked.application(),
                    date);
        });
    }

    @Test
    void experienceRoleCannotEndBeforeItStarts() {
        jdbi.useHandle(h -> {
            h.execute("UPDATE experience_role SET end_date = '2020-01-01'");
            assertRejected(h, CHECK, "UPDATE experience_role SET end_date = '2019-12-31'");
        });
    }

    /** Each row: table, column, a valid value, an invalid one (wrong JSON type or not JSON). */
    @ParameterizedTest(name = "{0}.{1} rejects {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            search_config      | exclude_terms    | ["senior"]       | {"senior": 1}
            search_config      | exclude_terms    | []               | senior
            workday_config     | location_filters | {"Seattle": "1"} | ["Seattle"]
            workday_config     | location_filters | {}               | {"Seattle":
            requirement        | keywords         | ["java"]         | "java"
            profile            | links            | []               | {}
            profile            | education        | []               | null
            experience_project | actions          | ["rewrote"]      | rewrote, shipped
            experience_project | tools            | []               | 3
            experience_project | outcomes         | []               | ``
            resume_role_bullet | grounding_flags  | ["80%"]          | {"80%": true}
            """)
    void jsonColumnsHoldJsonOfTheirType(String table, String column, String valid, String invalid) {
        jdbi.useHandle(h -> {
            h.execute("UPDATE " + table + " SET " + column + " = ?", valid);
            assertNotAcceptedAsJson(h, "UPDATE " + table + " SET " + column + " = ?", invalid);
        });
    }

    @Test
    void aJobHasAtMostOneApplication() {
        jdbi.useHandle(h -> assertRejected(
                h,
                UNIQUE + ": application.job_id",
                "INSERT INTO application (job_id, applied_date) VALUES (?, '2026-11-21')",
                tracked.job()));
    }

    @Test
    void companyNamesAreUniqueIgnoringCase() {
        jdbi.useHandle(h -> {
            assertRejected(
                    h, UNIQUE + ": company.name", "INSERT INTO company (name, platform) VALUES ('ACME', 'lever')");
            assertRejected(h, CHECK, "INSERT INTO company (name, platform) VALUES ('  ', 'lever')");
            company(h, "Acme Robotics", "lever");
        });
    }

    @Test
    void searchTermsAreUniqueIgnoringCase() {
        jdbi.useHandle(
                h -> assertRejected(h, UNIQUE, "INSERT INTO search_config (search_term) VALUES ('software engineer')"));
    }

    @Test
    void aCompanysExternalJobIdIsUniqueIgnoringTheCompanysCase() {
        jdbi.useHandle(h -> {
            String sql = "INSERT INTO job (company, listing_job_title, external_job_id) VALUES (?, 'Engineer', ?)";
            h.execute(sql, "Acme", "R-1");
            assertRejected(h, UNIQUE, sql, "ACME", "R-1");
            h.execute(sql, "Globex", "R-1");
            h.execute(sql, "Acme", "R-2");
            job(h, "Acme");
            job(h, "Acme");
        });
    }

    @Test
    void jdHashIsUniqueAndA64CharacterHash() {
        jdbi.useHandle(h -> {
            h.execute("UPDATE job SET jd_hash = ?", HASH);
            long other = job(h, "Globex");
            assertRejected(h, UNIQUE, "UPDATE job SET jd_hash = ? WHERE id = ?", HASH, other);
            assertRejected(h, CHECK, "UPDATE job SET jd_hash = 'abc' WHERE id = ?", other);
        });
    }

    @Test
    void resumeVersionsAreUniquePerJobAndPerGeneralRole() {
        jdbi.useHandle(h -> {
            assertRejected(
                    h,
                    UNIQUE,
                    "INSERT INTO resume (job_id, template_id, version) VALUES (?, ?, 1)",
                    tracked.job(),
                    catalog.template());
            SchemaRows.resume(h, tracked.job(), catalog.template(), 2);
            SchemaRows.resume(h, job(h, "Globex"), catalog.template(), 1);

            String general = "INSERT INTO resume (template_id, version, target_role) VALUES (?, 1, ?)";
            h.execute(general, catalog.template(), "Software Engineer");
            assertRejected(h, UNIQUE, general, catalog.template(), "software engineer");
            assertRejected(h, CHECK, "INSERT INTO resume (template_id, version) VALUES (?, 3)", catalog.template());
        });
    }

    @Test
    void theProfileHasAtMostOneRow() {
        jdbi.useHandle(h -> {
            assertRejected(h, CHECK, "INSERT INTO profile (name) VALUES ('Second')");
            assertRejected(h, CHECK, "INSERT INTO profile (id, name) VALUES (2, 'Second')");
            assertRejected(h, UNIQUE, "INSERT INTO profile (id, name) VALUES (1, 'Second')");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 21, -1})
    void maxBulletCountIsBetweenOneAndTwenty(int count) {
        jdbi.useHandle(h -> {
            h.execute("UPDATE template_role_config SET max_bullet_count = 1");
            h.execute("UPDATE template_role_config SET max_bullet_count = 20");
            assertRejected(h, CHECK, "UPDATE template_role_config SET max_bullet_count = ?", count);
        });
    }

    @Test
    void llmCallHasAnErrorKindExactlyWhenItFailed() {
        jdbi.useHandle(h -> {
            String sql = "INSERT INTO llm_call (task, provider, model, prompt_name, prompt_version, prompt_hash,"
                    + " latency_ms, ok, error_kind) VALUES ('bullets', 'anthropic', 'm', 'p', 1, 'h', 5, ?, ?)";
            h.execute(sql, 1, null);
            h.execute(sql, 0, "rate_limited");
            assertRejected(h, CHECK, sql, 1, "transport");
            assertRejected(h, CHECK, sql, 0, null);
        });
    }

    @Test
    void anAppliedListingCannotGoBackButOtherTransitionsAreFree() {
        jdbi.useHandle(h -> {
            String set = "UPDATE job_listing SET status = ?";
            for (String status :
                    new String[] {"interested", "new", "dismissed", "interested", "dismissed", "applied"}) {
                h.execute(set, status);
            }
            for (String back : new String[] {"new", "interested", "dismissed"}) {
                assertRejected(h, "job_listing status applied is final", set, back);
            }
            h.execute(set, "applied");
            h.execute("UPDATE job_listing SET is_stale = 1, title = 'Staff Engineer'");
            assertThat(h.createQuery("SELECT status FROM job_listing")
                            .mapTo(String.class)
                            .one())
                    .isEqualTo("applied");
        });
    }

    @Test
    void timestampsOutsideTheFixedFormatAreRejected() {
        jdbi.useHandle(h -> {
            h.execute("UPDATE job_listing SET last_fetched = '2026-11-24T09:30:00.000Z'");
            for (String stamp : new String[] {
                "2026-11-24T09:30:00+02:00", "2026-11-24 09:30:00", "2026-11-24", "2461000.5", "2026-11-24T09:30:00Z"
            }) {
                assertRejected(h, CHECK, "UPDATE job_listing SET last_fetched = ?", stamp);
                assertRejected(h, CHECK, "UPDATE interview SET scheduled_at = ?", stamp);
            }
        });
    }

    private static void assertNotAcceptedAsJson(Handle h, String sql, String value) {
        // json_type() raises "malformed JSON" itself when SQLite evaluates it before json_valid()
        assertThatThrownBy(() -> h.execute(sql, value))
                .as("%s with %s", sql, value)
                .hasMessageMatching("(?s).*(" + CHECK + "|malformed JSON).*");
    }
}
