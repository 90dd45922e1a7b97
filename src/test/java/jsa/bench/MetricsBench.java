package jsa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jsa.db.Database;

/**
 * {@code bin/jsa metrics --format json} (every part) over 20,000 applications against
 * {@code bin/jsa --version}, each a fresh process, interleaved; prints medians and the ratio.
 * The goal is ≤ 1.5×. Run with {@code mvn -B -Pbench verify -DskipTests}.
 */
public final class MetricsBench {
    private static final double GOAL = 1.5;
    private static final int APPLICATIONS = 20_000;

    private MetricsBench() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("jsa.root", args.length > 0 ? args[0] : "."))
                .toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path sandbox = Files.createTempDirectory("jsa-metrics-bench");
        Path db = sandbox.resolve("metrics.db");
        fill(db);
        String jsa = root.resolve("bin/jsa").toString();
        List<String> version = List.of(jsa, "--version");
        List<String> metrics = List.of(jsa, "--db", db.toString(), "metrics", "--format", "json");
        // warm-up: builds the jar if needed and trains the class archive
        for (int i = 0; i < 3; i++) {
            time(version, sandbox);
            time(metrics, sandbox);
        }
        List<Long> versionMs = new ArrayList<>();
        List<Long> metricsMs = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            versionMs.add(time(version, sandbox));
            metricsMs.add(time(metrics, sandbox));
        }
        double ratio = median(metricsMs) / median(versionMs);
        System.out.printf(
                "%nmetrics --format json over %,d applications: %.1f ms; --version %.1f ms (medians of %d"
                        + " interleaved runs): %.2f×  goal ≤ %.1f× %s%n",
                APPLICATIONS,
                median(metricsMs),
                median(versionMs),
                rounds,
                ratio,
                GOAL,
                ratio <= GOAL ? "ok" : "MISSED");
    }

    /** 20,000 applications over two years with every field the metrics read, written in a few statements. */
    private static void fill(Path db) throws SQLException {
        String numbers =
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + APPLICATIONS + ") ";
        try (Connection c = Database.open(db).connection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO experience_role (id, key, company, title, start_date)"
                    + " VALUES (1, 'acme', 'Acme', 'Engineer', '2020-01-01')");
            s.execute("INSERT INTO resume_template (id, name, target_role, template_path, style_path)"
                    + " VALUES (1, 'backend', 'Backend Engineer', 't.html', 't.css'),"
                    + " (2, 'data', 'Data Engineer', 't.html', 't.css')");
            s.execute(numbers + """
                    INSERT INTO job (id, company, listing_job_title, role, specialization, level, location,
                                     work_setting, min_experience_years, min_salary, max_salary)
                    SELECT i, 'Company ' || (i % 900), 'Engineer ' || i,
                           CASE i % 5 WHEN 0 THEN 'Backend Engineer' WHEN 1 THEN 'Data Engineer'
                                WHEN 2 THEN 'Platform Engineer' WHEN 3 THEN 'Software Engineer' ELSE NULL END,
                           CASE i % 4 WHEN 0 THEN 'APIs' WHEN 1 THEN 'Streaming' WHEN 2 THEN 'Payments' ELSE NULL END,
                           CASE i % 3 WHEN 0 THEN 'mid' WHEN 1 THEN 'senior' ELSE 'staff' END,
                           CASE i % 7 WHEN 0 THEN 'Seattle, WA' WHEN 1 THEN 'Bellevue, WA' WHEN 2 THEN 'Chicago, IL'
                                WHEN 3 THEN 'Evanston, IL' WHEN 4 THEN 'Austin, TX' WHEN 5 THEN 'Remote' ELSE NULL END,
                           CASE i % 3 WHEN 0 THEN 'remote' WHEN 1 THEN 'hybrid' ELSE 'onsite' END,
                           nullif(i % 11, 10),
                           CASE WHEN i % 6 = 0 THEN NULL ELSE 120000 + (i % 13) * 10000 END,
                           CASE WHEN i % 6 = 0 THEN NULL ELSE 150000 + (i % 13) * 12000 END
                    FROM n
                    """);
            s.execute("INSERT INTO resume (id, job_id, template_id, version) SELECT id, id, 1 + id % 2, 1 FROM job"
                    + " WHERE id % 3 != 0");
            s.execute("INSERT INTO resume_role (id, resume_id, experience_role_id, title, position)"
                    + " SELECT id, id, 1, 'Engineer', 0 FROM resume");
            s.execute("INSERT INTO resume_role_bullet (resume_role_id, position, text, override_text)"
                    + " SELECT id, p.p, 'Built things', CASE WHEN id % 4 = 0 AND p.p = 0 THEN 'Built more' END"
                    + " FROM resume_role, (SELECT 0 AS p UNION ALL SELECT 1 UNION ALL SELECT 2) p");
            s.execute("INSERT INTO application (id, job_id, resume_id, applied_date)"
                    + " SELECT id, id, CASE WHEN id % 3 = 0 THEN NULL ELSE id END,"
                    + " date('2024-01-01', '+' || (id % 700) || ' days') FROM job");
            s.execute("INSERT INTO application_event (application_id, kind, event_date)"
                    + " SELECT id, 'applied', applied_date FROM application");
            s.execute("""
                    INSERT INTO application_status (application_id, state, status_date)
                    SELECT id, CASE id % 5 WHEN 0 THEN 'callback' WHEN 1 THEN 'rejected' ELSE 'closed' END,
                           date(applied_date, '+' || (1 + id % 20) || ' days')
                    FROM application WHERE id % 5 IN (0, 1, 2)
                    """);
            s.execute("INSERT INTO application_event (application_id, kind, value, event_date)"
                    + " SELECT application_id, 'status', state, status_date FROM application_status");
            s.execute("INSERT INTO interview (application_id, stage, scheduled_at)"
                    + " SELECT application_id, 'recruiter_screen', status_date || 'T10:00:00.000Z'"
                    + " FROM application_status WHERE state = 'callback' AND application_id % 2 = 0");
            s.execute("INSERT INTO interview_process_status (application_id, outcome, outcome_date)"
                    + " SELECT application_id, CASE WHEN application_id % 3 = 0 THEN 'offer' ELSE 'rejected' END,"
                    + " status_date FROM application_status WHERE state = 'callback' AND application_id % 4 = 0");
            c.commit();
        }
    }

    private static long time(List<String> command, Path sandbox) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("HOME", sandbox.resolve("home").toString());
        builder.environment().put("JSA_HOME", sandbox.resolve("data").toString());
        builder.environment().put("XDG_CONFIG_HOME", sandbox.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", sandbox.resolve("cache").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
