package jsa.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.jdbi.v3.core.Handle;

/** Minimal valid rows for the schema tests, inserted with plain SQL on a real database. */
final class SchemaRows {
    /** A 64-character SHA-256 hex string. */
    static final String HASH = "a".repeat(64);

    /** The ids of one job and of one row in each table that hangs off it. */
    record TrackedJob(
            long job, long requirement, long resume, long resumeRole, long application, long interview, long llmCall) {}

    /** Rows shared by every tracked job: a company with a listing, an experience role, a template. */
    record Catalog(long company, long listing, long experienceRole, long template) {}

    private SchemaRows() {}

    static Database open(Path dir) {
        return Database.open(dir.resolve("jsa.db"));
    }

    /** Runs an INSERT ... RETURNING id and returns the id. */
    static long insert(Handle h, String sql, Object... args) {
        var query = h.createQuery(sql + " RETURNING id");
        for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
        }
        return query.mapTo(Long.class).one();
    }

    /** {@code SELECT count(*) FROM <from>}; {@code from} may carry a WHERE clause with arguments. */
    static long count(Handle h, String from, Object... args) {
        var query = h.createQuery("SELECT count(*) FROM " + from);
        for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
        }
        return query.mapTo(Long.class).one();
    }

    /** Asserts that the statement fails and that SQLite's message contains {@code reason}. */
    static void assertRejected(Handle h, String reason, String sql, Object... args) {
        assertThatThrownBy(() -> h.execute(sql, args))
                .as("%s should be rejected with %s", sql, reason)
                .hasMessageContaining(reason);
    }

    static long company(Handle h, String name, String platform) {
        return insert(h, "INSERT INTO company (name, platform) VALUES (?, ?)", name, platform);
    }

    static long listing(Handle h, long company, String externalId) {
        return insert(
                h,
                "INSERT INTO job_listing (company_id, external_id, title, last_fetched)"
                        + " VALUES (?, ?, 'Engineer', '2026-11-24T09:30:00.000Z')",
                company,
                externalId);
    }

    static long job(Handle h, String company) {
        return insert(h, "INSERT INTO job (company, listing_job_title) VALUES (?, 'Engineer')", company);
    }

    static long experienceRole(Handle h, String key) {
        return insert(
                h,
                "INSERT INTO experience_role (key, company, title, start_date)"
                        + " VALUES (?, 'Initech', 'Developer', '2020-01-01')",
                key);
    }

    static long template(Handle h, String name, String targetRole) {
        return insert(
                h,
                "INSERT INTO resume_template (name, target_role, template_path, style_path)"
                        + " VALUES (?, ?, 'swe.html', 'swe.css')",
                name,
                targetRole);
    }

    static long resume(Handle h, long job, long template, int version) {
        return insert(h, "INSERT INTO resume (job_id, template_id, version) VALUES (?, ?, ?)", job, template, version);
    }

    static long application(Handle h, long job) {
        return insert(h, "INSERT INTO application (job_id, applied_date) VALUES (?, '2026-11-20')", job);
    }

    static long interview(Handle h, long application) {
        return insert(
                h,
                "INSERT INTO interview (application_id, stage, scheduled_at)"
                        + " VALUES (?, 'recruiter_screen', '2026-11-30T17:00:00.000Z')",
                application);
    }

    /** A workday company with its config and one listing, an experience role and a template. */
    static Catalog catalog(Handle h) {
        long company = company(h, "Acme", "workday");
        h.execute(
                "INSERT INTO workday_config (company_id, base_url, tenant, site)"
                        + " VALUES (?, 'https://acme.wd1.myworkdayjobs.com', 'acme', 'careers')",
                company);
        long listing = listing(h, company, "R-1");
        long role = experienceRole(h, "initech_dev");
        long template = template(h, "swe", "Software Engineer");
        h.execute(
                "INSERT INTO template_role_config (template_id, experience_role_id, position, max_bullet_count)"
                        + " VALUES (?, ?, 0, 4)",
                template,
                role);
        h.execute(
                "INSERT INTO experience_project (experience_role_id, short_name, tools) VALUES (?, 'billing', '[\"Java\"]')",
                role);
        return new Catalog(company, listing, role, template);
    }

    /** A job with exactly one row in each table that depends on it, plus an llm_call about it. */
    static TrackedJob trackedJob(Handle h, Catalog catalog, String company) {
        long job = job(h, company);
        h.execute("INSERT INTO contract_job (job_id, hourly_rate) VALUES (?, 90.5)", job);
        long requirement = insert(
                h,
                "INSERT INTO requirement (job_id, position, text, keywords, relevance)"
                        + " VALUES (?, 0, '5+ years of Java', '[\"java\"]', 0.9)",
                job);
        long resume = resume(h, job, catalog.template(), 1);
        long resumeRole = insert(
                h,
                "INSERT INTO resume_role (resume_id, experience_role_id, title, position) VALUES (?, ?, 'Developer', 0)",
                resume,
                catalog.experienceRole());
        h.execute(
                "INSERT INTO resume_role_bullet (resume_role_id, position, text, relevance) VALUES (?, 0, 'Built X', 0.5)",
                resumeRole);
        h.execute(
                "INSERT INTO resume_skills_category (resume_id, position, category, skills_text)"
                        + " VALUES (?, 0, 'Languages', 'Java, SQL')",
                resume);
        long application = insert(
                h,
                "INSERT INTO application (job_id, resume_id, applied_date) VALUES (?, ?, '2026-11-20')",
                job,
                resume);
        h.execute(
                "INSERT INTO application_status (application_id, state, status_date) VALUES (?, 'callback', '2026-11-22')",
                application);
        h.execute(
                "INSERT INTO application_event (application_id, kind, event_date) VALUES (?, 'applied', '2026-11-20')",
                application);
        long interview = interview(h, application);
        h.execute("INSERT INTO interview_note (interview_id, text) VALUES (?, 'Went well')", interview);
        h.execute(
                "INSERT INTO interview_process_status (application_id, outcome, outcome_date)"
                        + " VALUES (?, 'offer', '2026-12-05')",
                application);
        h.execute(
                "INSERT INTO interview_preparation_base"
                        + " (application_id, formatted_jd, company_context, primary_drivers, background_narrative)"
                        + " VALUES (?, 'jd', 'context', 'drivers', 'narrative')",
                application);
        h.execute(
                "INSERT INTO interview_preparation (interview_id, predicted_questions, interviewer_questions)"
                        + " VALUES (?, 'q', 'a')",
                interview);
        long llmCall = insert(
                h,
                "INSERT INTO llm_call (task, provider, model, prompt_name, prompt_version, prompt_hash,"
                        + " latency_ms, ok, job_id) VALUES ('parse-jd', 'offline', 'm', 'p', 1, 'h', 12, 1, ?)",
                job);
        return new TrackedJob(job, requirement, resume, resumeRole, application, interview, llmCall);
    }
}
