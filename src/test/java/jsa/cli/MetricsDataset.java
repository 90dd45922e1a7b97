package jsa.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jsa.db.Database;

/**
 * A deterministic set of applications with every field the metrics read, written straight into a
 * database, and kept in memory so that tests can compute the expected metrics themselves.
 */
final class MetricsDataset {
    static final LocalDate START = LocalDate.of(2026, 3, 1);
    /** No application falls on these days after {@link #START}: the timeline must still list them. */
    static final int GAP_FROM = 20;

    static final int GAP_DAYS = 5;

    static final String[] ROLES = {"Backend Engineer", "Data Engineer", "Platform Engineer", "ML <Engineer> & \"Co\""};
    static final String[] SPECIALIZATIONS = {"APIs", "Streaming", null};
    static final String[] LEVELS = {"junior", "mid", "senior", "staff"};
    static final String[] LOCATIONS = {
        "Seattle, WA",
        "Bellevue, WA",
        "redmond, wa",
        "Chicago, IL",
        "Evanston, IL",
        "Austin, TX",
        "San Francisco, CA",
        null
    };
    static final String[] SETTINGS = {"remote", "hybrid", "onsite", null};
    static final String[] STATES = {"callback", "rejected", "closed", null, null};
    static final String[] TEMPLATES = {"backend-one-page", "data-two-column"};
    static final long[][] SALARIES = {
        {140_000, 150_000}, {150_000, 150_000}, {170_000, 190_000}, {180_000, 180_000}, {200_000, 200_000},
        {190_000, 215_000}, {210_000, 260_000}, {0, 0}, {-1, 175_000}, {160_000, -1}
    };

    /** One generated application; -1 and null mean none. */
    record App(
            long id,
            String role,
            String specialization,
            String level,
            String location,
            String workSetting,
            Integer minExperience,
            Long minSalary,
            Long maxSalary,
            LocalDate applied,
            String state,
            int responseDays,
            boolean interviewed,
            String outcome,
            String template,
            Boolean edited) {}

    private MetricsDataset() {}

    static List<App> generate(int count) {
        Random random = new Random(20260301);
        List<App> apps = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int day = random.nextInt(60);
            if (day >= GAP_FROM && day < GAP_FROM + GAP_DAYS) {
                day += GAP_DAYS;
            }
            String state = STATES[random.nextInt(STATES.length)];
            boolean interviewed = "callback".equals(state) && random.nextBoolean();
            String outcome =
                    interviewed ? (random.nextInt(3) == 0 ? "offer" : random.nextBoolean() ? "rejected" : null) : null;
            long[] salary = SALARIES[random.nextInt(SALARIES.length)];
            boolean noSalary = salary[0] == 0;
            int template = random.nextInt(3);
            apps.add(new App(
                    i,
                    ROLES[random.nextInt(ROLES.length)],
                    SPECIALIZATIONS[random.nextInt(SPECIALIZATIONS.length)],
                    LEVELS[random.nextInt(LEVELS.length)],
                    LOCATIONS[random.nextInt(LOCATIONS.length)],
                    SETTINGS[random.nextInt(SETTINGS.length)],
                    random.nextInt(5) == 0 ? null : random.nextInt(12),
                    noSalary || salary[0] < 0 ? null : salary[0],
                    noSalary || salary[1] < 0 ? null : salary[1],
                    START.plusDays(day),
                    state,
                    state == null ? -1 : 1 + random.nextInt(20),
                    interviewed,
                    outcome,
                    template == 2 ? null : TEMPLATES[template],
                    template == 2 ? null : random.nextBoolean()));
        }
        return apps;
    }

    /** Writes {@code apps} into the database file {@code db}, which must have no applications yet. */
    static void write(Path db, List<App> apps) throws SQLException {
        try (Connection c = Database.open(db).connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO experience_role (id, key, company, title, start_date)"
                        + " VALUES (1, 'acme', 'Acme', 'Engineer', '2020-01-01')");
                for (int t = 0; t < TEMPLATES.length; t++) {
                    s.execute("INSERT INTO resume_template (id, name, target_role, template_path, style_path) VALUES ("
                            + (t + 1) + ", '" + TEMPLATES[t] + "', 'role" + t + "', 't.html', 't.css')");
                }
            }
            for (App app : apps) {
                insert(c, app);
            }
            c.commit();
        }
    }

    private static void insert(Connection c, App app) throws SQLException {
        update(
                c,
                "INSERT INTO job (id, company, listing_job_title, role, specialization, level, location, work_setting,"
                        + " min_experience_years, min_salary, max_salary) VALUES (?, ?, 'Engineer', ?, ?, ?, ?, ?, ?, ?, ?)",
                app.id(),
                "Company " + app.id(),
                app.role(),
                app.specialization(),
                app.level(),
                app.location(),
                app.workSetting(),
                app.minExperience(),
                app.minSalary(),
                app.maxSalary());
        Long resume = null;
        if (app.template() != null) {
            resume = app.id();
            long template = app.template().equals(TEMPLATES[0]) ? 1 : 2;
            update(
                    c,
                    "INSERT INTO resume (id, job_id, template_id, version) VALUES (?, ?, ?, 1)",
                    resume,
                    app.id(),
                    template);
            update(
                    c,
                    "INSERT INTO resume_role (id, resume_id, experience_role_id, title, position) VALUES (?, ?, 1, 'E', 0)",
                    resume,
                    resume);
            update(
                    c,
                    "INSERT INTO resume_role_bullet (resume_role_id, position, text, override_text) VALUES (?, 0, 'Did', ?)",
                    resume,
                    app.edited() ? "Did more" : null);
            update(c, "INSERT INTO resume_role_bullet (resume_role_id, position, text) VALUES (?, 1, 'Also')", resume);
        }
        update(
                c,
                "INSERT INTO application (id, job_id, resume_id, applied_date) VALUES (?, ?, ?, ?)",
                app.id(),
                app.id(),
                resume,
                app.applied().toString());
        if (app.state() != null) {
            String first = app.applied().plusDays(app.responseDays()).toString();
            // closed ones have no status event: the first response is then the status date
            update(
                    c,
                    "INSERT INTO application_status (application_id, state, status_date) VALUES (?, ?, ?)",
                    app.id(),
                    app.state(),
                    app.state().equals("closed")
                            ? first
                            : app.applied().plusDays(40).toString());
            if (!app.state().equals("closed")) {
                update(
                        c,
                        "INSERT INTO application_event (application_id, kind, value, event_date) VALUES (?, 'status', ?, ?)",
                        app.id(),
                        app.state(),
                        first);
            }
        }
        if (app.interviewed()) {
            update(
                    c,
                    "INSERT INTO interview (application_id, stage, scheduled_at) VALUES (?, 'recruiter_screen', ?)",
                    app.id(),
                    app.applied().plusDays(30) + "T10:00:00.000Z");
        }
        if (app.outcome() != null) {
            update(
                    c,
                    "INSERT INTO interview_process_status (application_id, outcome, outcome_date) VALUES (?, ?, ?)",
                    app.id(),
                    app.outcome(),
                    app.applied().plusDays(45).toString());
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
