package jsa.db;

import static jsa.db.SchemaRows.assertRejected;
import static jsa.db.SchemaRows.company;
import static jsa.db.SchemaRows.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jsa.db.SchemaRows.Catalog;
import jsa.db.SchemaRows.TrackedJob;

/** Foreign keys, what deleting a parent row does to its children, and triggers tying rows to their parents. */
class SchemaCascadeTest {
    private static final String FOREIGN_KEY = "FOREIGN KEY constraint failed";

    /** The tables holding exactly one row per tracked job, all removed with the job. */
    private static final List<String> JOB_CHILDREN = List.of(
            "contract_job",
            "requirement",
            "resume",
            "resume_role",
            "resume_role_bullet",
            "resume_skills_category",
            "application",
            "application_status",
            "application_event",
            "interview",
            "interview_note",
            "interview_process_status",
            "interview_preparation_base",
            "interview_preparation");

    @TempDir
    Path dir;

    private Jdbi jdbi;
    private Catalog catalog;
    private TrackedJob first;
    private TrackedJob second;

    @BeforeEach
    void openDatabaseWithTwoTrackedJobs() {
        jdbi = SchemaRows.open(dir).jdbi();
        jdbi.useHandle(h -> {
            catalog = SchemaRows.catalog(h);
            first = SchemaRows.trackedJob(h, catalog, "Acme");
            second = SchemaRows.trackedJob(h, catalog, "Globex");
            h.execute("UPDATE job SET listing_id = ? WHERE id = ?", catalog.listing(), first.job());
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "INSERT INTO application (job_id, applied_date) VALUES (999, '2026-11-20')",
                "INSERT INTO requirement (job_id, position, text, relevance) VALUES (999, 0, 'Java', 0.5)",
                "INSERT INTO contract_job (job_id) VALUES (999)",
                "INSERT INTO job (company, listing_job_title, listing_id) VALUES ('Initech', 'Dev', 999)",
                "INSERT INTO job_listing (company_id, external_id, title, last_fetched) VALUES (999, 'x', 't', '2026-01-01T00:00:00.000Z')",
                "INSERT INTO board_config (company_id, board) VALUES (999, 'acme')",
                "INSERT INTO resume (job_id, template_id, version) VALUES (999, 1, 9)",
                "INSERT INTO resume (job_id, template_id, version) VALUES (1, 999, 9)",
                "INSERT INTO resume_role (resume_id, experience_role_id, title, position) VALUES (1, 999, 't', 5)",
                "INSERT INTO template_role_config (template_id, experience_role_id, position, max_bullet_count)"
                        + " VALUES (999, 1, 1, 3)",
                "INSERT INTO experience_project (experience_role_id, short_name) VALUES (999, 'x')",
                "INSERT INTO application_status (application_id, state, status_date) VALUES (999, 'closed', '2026-11-21')",
                "INSERT INTO application_event (application_id, kind, event_date) VALUES (999, 'note', '2026-11-21')",
                "INSERT INTO interview (application_id, stage, scheduled_at) VALUES (999, 'final_loop', '2026-12-01T17:00:00.000Z')",
                "INSERT INTO interview_note (interview_id, text) VALUES (999, 'x')",
                "INSERT INTO interview_preparation (interview_id, predicted_questions, interviewer_questions)"
                        + " VALUES (999, 'q', 'a')",
                "UPDATE application SET resume_id = 999",
                "UPDATE llm_call SET job_id = 999"
            })
    void rowsReferringToMissingParentsAreRejected(String sql) {
        jdbi.useHandle(h -> assertRejected(h, FOREIGN_KEY, sql));
    }

    @Test
    void workdayConfigForAMissingCompanyIsRejected() {
        jdbi.useHandle(h -> assertRejected(
                h,
                "workday_config belongs to a company whose platform is workday",
                "INSERT INTO workday_config (company_id, base_url, tenant, site) VALUES (999, 'https://x', 't', 's')"));
    }

    @Test
    void deletingAJobDeletesEverythingThatHangsOffItAndKeepsItsLlmCalls() {
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM job WHERE id = ?", first.job());

            for (String table : JOB_CHILDREN) {
                assertThat(count(h, table)).as(table).isEqualTo(1);
            }
            assertThat(h.createQuery("SELECT job_id FROM application")
                            .mapTo(Long.class)
                            .one())
                    .isEqualTo(second.job());
            assertThat(count(h, "llm_call WHERE id = ? AND job_id IS NULL", first.llmCall()))
                    .isEqualTo(1);
            assertThat(count(h, "llm_call WHERE id = ? AND job_id = ?", second.llmCall(), second.job()))
                    .isEqualTo(1);
            assertThat(count(h, "job_listing") + count(h, "experience_role") + count(h, "resume_template"))
                    .isEqualTo(3);
        });
    }

    @Test
    void deletingAnApplicationDeletesItsTimelineInterviewsAndPreparation() {
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM application WHERE id = ?", first.application());

            for (String table : List.of(
                    "application_status",
                    "application_event",
                    "interview",
                    "interview_note",
                    "interview_process_status",
                    "interview_preparation_base",
                    "interview_preparation")) {
                assertThat(count(h, table)).as(table).isEqualTo(1);
            }
            assertThat(count(h, "job") + count(h, "resume")).isEqualTo(4);
        });
    }

    @Test
    void deletingAResumeDeletesItsContentAndUnlinksTheApplication() {
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM resume WHERE id = ?", first.resume());

            for (String table : List.of("resume_role", "resume_role_bullet", "resume_skills_category")) {
                assertThat(count(h, table)).as(table).isEqualTo(1);
            }
            assertThat(resumeOf(h, first.application())).isNull();
            assertThat(resumeOf(h, second.application())).isEqualTo(second.resume());
        });
    }

    @Test
    void deletingAListingKeepsTheJobButUnlinksIt() {
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM job_listing WHERE id = ?", catalog.listing());

            assertThat(count(h, "job")).isEqualTo(2);
            assertThat(count(h, "job WHERE listing_id IS NOT NULL")).isZero();
        });
    }

    @Test
    void deletingACompanyDeletesItsConfigAndListings() {
        jdbi.useHandle(h -> {
            long board = company(h, "Stripe", "greenhouse");
            h.execute("INSERT INTO board_config (company_id, board) VALUES (?, 'stripe')", board);
            SchemaRows.listing(h, board, "S-1");

            h.execute("DELETE FROM company WHERE id = ?", catalog.company());
            assertThat(count(h, "workday_config")).isZero();
            assertThat(count(h, "job_listing")).isEqualTo(1);
            assertThat(count(h, "job WHERE listing_id IS NOT NULL")).isZero();

            h.execute("DELETE FROM company WHERE id = ?", board);
            assertThat(count(h, "board_config") + count(h, "job_listing")).isZero();
            assertThat(count(h, "job")).as("tracker jobs outlive discovery").isEqualTo(2);
        });
    }

    @Test
    void anExperienceRoleUsedByAStoredResumeCannotBeDeleted() {
        jdbi.useHandle(h -> {
            assertRejected(h, FOREIGN_KEY, "DELETE FROM experience_role WHERE id = ?", catalog.experienceRole());

            long unused = SchemaRows.experienceRole(h, "unused");
            h.execute(
                    "INSERT INTO template_role_config (template_id, experience_role_id, position, max_bullet_count)"
                            + " VALUES (?, ?, 1, 3)",
                    catalog.template(),
                    unused);
            h.execute("INSERT INTO experience_project (experience_role_id, short_name) VALUES (?, 'x')", unused);
            h.execute("DELETE FROM experience_role WHERE id = ?", unused);
            assertThat(count(h, "template_role_config") + count(h, "experience_project"))
                    .isEqualTo(2);
        });
    }

    @Test
    void aTemplateUsedByAResumeCannotBeDeleted() {
        jdbi.useHandle(h -> {
            assertRejected(h, FOREIGN_KEY, "DELETE FROM resume_template WHERE id = ?", catalog.template());

            h.execute("DELETE FROM resume");
            h.execute("DELETE FROM resume_template WHERE id = ?", catalog.template());
            assertThat(count(h, "template_role_config")).isZero();
        });
    }

    @Test
    void deletingAnApplicationStillRemovesItsAppendOnlyEvents() {
        jdbi.useHandle(h -> {
            h.execute(
                    "INSERT INTO application_event (application_id, kind, event_date) VALUES (?, 'note', '2026-11-21')",
                    first.application());
            assertThat(count(h, "application_event")).isEqualTo(3);

            h.execute("DELETE FROM application WHERE id = ?", first.application());
            assertThat(count(h, "application_event")).isEqualTo(1);
            h.execute("DELETE FROM job WHERE id = ?", second.job());
            assertThat(count(h, "application_event")).isZero();
        });
    }

    @Test
    void applicationEventsAreAppendOnly() {
        jdbi.useHandle(h -> {
            assertRejected(h, "application_event is append-only", "UPDATE application_event SET detail = 'edited'");
            assertRejected(h, "application_event is append-only", "DELETE FROM application_event WHERE id = 1");
            assertRejected(h, "application_event is append-only", "DELETE FROM application_event");
            assertThat(count(h, "application_event WHERE detail IS NULL")).isEqualTo(2);
        });
    }

    @Test
    void workdayConfigNeedsAWorkdayCompanyAndBoardConfigABoardPlatform() {
        jdbi.useHandle(h -> {
            String workday = "INSERT INTO workday_config (company_id, base_url, tenant, site)"
                    + " VALUES (?, 'https://x.wd1.myworkdayjobs.com', 'x', 'site')";
            String board = "INSERT INTO board_config (company_id, board) VALUES (?, 'board')";
            long greenhouse = company(h, "Stripe", "greenhouse");
            long other = company(h, "Umbrella", "other");
            long workdayCompany = company(h, "Nordstrom", "workday");

            assertRejected(h, "platform is workday", workday, greenhouse);
            assertRejected(h, "platform is workday", workday, other);
            assertRejected(h, "board_config belongs to a greenhouse", board, workdayCompany);
            assertRejected(h, "board_config belongs to a greenhouse", board, other);
            h.execute(workday, workdayCompany);
            h.execute(board, greenhouse);
            for (String platform : new String[] {"lever", "ashby", "smartrecruiters"}) {
                h.execute(board, company(h, "On " + platform, platform));
            }
            assertThat(count(h, "board_config")).isEqualTo(4);
        });
    }

    @Test
    void aCompanyWithAConfigCannotSwitchToAPlatformThatDoesNotUseIt() {
        jdbi.useHandle(h -> {
            long stripe = company(h, "Stripe", "greenhouse");
            h.execute("INSERT INTO board_config (company_id, board) VALUES (?, 'stripe')", stripe);
            h.execute("UPDATE company SET platform = 'lever' WHERE id = ?", stripe);

            assertRejected(h, "platform", "UPDATE company SET platform = 'greenhouse' WHERE id = ?", catalog.company());
            assertRejected(h, "platform", "UPDATE company SET platform = 'workday' WHERE id = ?", stripe);
            assertRejected(h, "board_config belongs to", "UPDATE board_config SET company_id = ?", catalog.company());
        });
    }

    private static Long resumeOf(Handle h, long application) {
        return h.createQuery("SELECT resume_id FROM application WHERE id = ?")
                .bind(0, application)
                .mapTo(Long.class)
                .one();
    }
}
