package jsa.db;

import static jsa.db.SchemaRows.application;
import static jsa.db.SchemaRows.company;
import static jsa.db.SchemaRows.insert;
import static jsa.db.SchemaRows.job;
import static jsa.db.SchemaRows.listing;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.generic.GenericType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schema V1 creates from scratch: tables, columns, connection settings and time formats. */
class SchemaTest {
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)__.+\\.sql");
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final String DEFAULT_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    @TempDir
    Path dir;

    private Database database;
    private Jdbi jdbi;

    @BeforeEach
    void openFreshDatabase() {
        database = SchemaRows.open(dir);
        jdbi = database.jdbi();
    }

    @Test
    void everyTableOfTheSeedExists() {
        List<String> tables = jdbi.withHandle(
                h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
                        .mapTo(String.class)
                        .list());

        assertThat(tables)
                .contains(
                        "company",
                        "workday_config",
                        "board_config",
                        "search_config",
                        "job_listing",
                        "job",
                        "contract_job",
                        "requirement",
                        "profile",
                        "experience_role",
                        "experience_project",
                        "resume_template",
                        "template_role_config",
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
                        "interview_preparation",
                        "llm_call",
                        "flyway_schema_history");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            company                    | id name platform public_site_url active created_at updated_at
            workday_config             | company_id base_url tenant site location_filters
            board_config               | company_id board api_base
            search_config              | id search_term exclude_terms active
            job_listing                | id company_id external_id title location url_path posted_on status last_fetched is_stale
            job                        | id company listing_job_title role specialization level location work_setting min_experience_years min_salary max_salary external_job_id source raw_jd_text jd_hash listing_id
            contract_job               | id job_id consulting_company contract_length_months hourly_rate provides_benefits provides_pto
            requirement                | id job_id position text keywords relevance
            profile                    | id name email links education
            experience_role            | id key company title start_date end_date location
            experience_project         | id experience_role_id short_name problem_context actions tools outcomes
            resume_template            | id name target_role target_level target_specialization template_path style_path
            template_role_config       | id template_id experience_role_id title_override position max_bullet_count
            resume                     | id job_id template_id version target_role created_at
            resume_role                | id resume_id experience_role_id title position
            resume_role_bullet         | id resume_role_id position text override_text exclude relevance
            resume_skills_category     | id resume_id position category skills_text override_text exclude
            application                | id job_id resume_id applied_date
            application_status         | id application_id state status_date
            application_event          | id application_id kind value event_date detail recorded_at
            interview                  | id application_id stage format focus interviewer_name interviewer_title scheduled_at
            interview_note             | id interview_id text created_at
            interview_process_status   | id application_id outcome outcome_date notes
            interview_preparation_base | id application_id formatted_jd company_context primary_drivers background_narrative
            interview_preparation      | id interview_id predicted_questions interviewer_questions
            llm_call                   | id task provider model prompt_version input_tokens output_tokens cost_usd latency_ms ok error_kind job_id created_at
            """)
    void tableHasTheSeedsColumns(String table, String columns) {
        assertThat(columnsOf(table)).contains(columns.split(" "));
    }

    @Test
    void connectionsEnforceForeignKeysAndUseWal() throws SQLException {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            assertThat(pragma(statement, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(statement, "journal_mode")).isEqualTo("wal");
        }
        int handleForeignKeys = jdbi.withHandle(
                h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
        assertThat(handleForeignKeys).isEqualTo(1);
    }

    @Test
    void schemaVersionConstantIsTheNewestMigration() throws IOException {
        int newest;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            newest = files.map(file -> MIGRATION_NAME.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max()
                    .orElseThrow();
        }

        assertThat(SchemaMigrator.SCHEMA_VERSION).isEqualTo(newest);
        assertThat(database.schemaVersion()).isEqualTo(newest);
    }

    @Test
    void everyTimestampDefaultUsesTheMillisecondUtcFormat() {
        Map<String, String> defaults = jdbi.withHandle(
                h -> h.createQuery("SELECT m.name || '.' || c.name AS col, c.dflt_value AS dflt FROM sqlite_master m,"
                                + " pragma_table_info(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'flyway%'"
                                + " AND c.dflt_value LIKE '%now%'")
                        .setMapKeyColumn("col")
                        .setMapValueColumn("dflt")
                        .collectInto(new GenericType<Map<String, String>>() {}));

        assertThat(defaults).containsKeys("company.created_at", "job.updated_at", "llm_call.created_at");
        assertThat(defaults).allSatisfy((column, dflt) -> assertThat(dflt).isEqualTo(DEFAULT_NOW));
        String now = jdbi.withHandle(
                h -> h.createQuery("SELECT " + DEFAULT_NOW).mapTo(String.class).one());
        assertThat(now).matches(TIMESTAMP);
    }

    @Test
    void insertedRowsGetDefaultTimestampsInTheFixedFormat() {
        jdbi.useHandle(h -> {
            long job = job(h, "Acme");
            application(h, job);
            List<String> stamps = h.createQuery("SELECT created_at FROM job UNION ALL SELECT updated_at FROM job"
                            + " UNION ALL SELECT created_at FROM application")
                    .mapTo(String.class)
                    .list();
            assertThat(stamps).hasSize(3).allSatisfy(stamp -> assertThat(stamp).matches(TIMESTAMP));
            Instant created = h.createQuery("SELECT created_at FROM job")
                    .mapTo(Instant.class)
                    .one();
            assertThat(SqliteTypes.format(created)).isEqualTo(stamps.get(0));
        });
    }

    @Test
    void instantsAreStoredAsMillisecondUtcTextAndReadBack() {
        Instant withNanos = Instant.parse("2026-11-24T09:30:05.123456789Z");

        jdbi.useHandle(h -> {
            long company = company(h, "Acme", "greenhouse");
            long listing = listing(h, company, "R-1");
            h.createUpdate("UPDATE job_listing SET last_fetched = :at WHERE id = :id")
                    .bind("at", withNanos)
                    .bind("id", listing)
                    .execute();

            String text = h.createQuery("SELECT last_fetched FROM job_listing")
                    .mapTo(String.class)
                    .one();
            Instant read = h.createQuery("SELECT last_fetched FROM job_listing")
                    .mapTo(Instant.class)
                    .one();
            assertThat(text).isEqualTo("2026-11-24T09:30:05.123Z").isEqualTo(SqliteTypes.format(withNanos));
            assertThat(read).isEqualTo(Instant.parse("2026-11-24T09:30:05.123Z"));

            h.createUpdate("UPDATE job_listing SET status_changed_at = :at")
                    .bind("at", (Instant) null)
                    .execute();
            assertThat(h.createQuery("SELECT status_changed_at FROM job_listing")
                            .mapTo(Instant.class)
                            .findFirst())
                    .isEmpty();
        });
        assertThat(SqliteTypes.format(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000Z");
    }

    @Test
    void localDatesAreStoredAsIsoTextAndReadBack() {
        LocalDate applied = LocalDate.of(2026, 2, 3);

        jdbi.useHandle(h -> {
            long job = job(h, "Acme");
            insert(h, "INSERT INTO application (job_id, applied_date) VALUES (?, ?)", job, applied);

            assertThat(h.createQuery("SELECT applied_date FROM application")
                            .mapTo(String.class)
                            .one())
                    .isEqualTo("2026-02-03");
            assertThat(h.createQuery("SELECT applied_date FROM application")
                            .mapTo(LocalDate.class)
                            .one())
                    .isEqualTo(applied);
        });
    }

    private List<String> columnsOf(String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM pragma_table_info(?)")
                .bind(0, table)
                .mapTo(String.class)
                .list());
    }

    private static String pragma(Statement statement, String name) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
