package jsa.tracker;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.tracker.ApplicationCsv.Line;
import jsa.tracker.ApplicationImportReport.BadLine;

/**
 * Imports an application history kept in a spreadsheet ({@link ApplicationCsv}). Idempotent: a
 * line with the same company and external id, or the same company, title and applied date, as a
 * recorded application is that application, whose status and outcome it may move on. All lines go
 * in one transaction, and none when any line is bad unless bad lines are to be skipped. The recorded
 * applications are read once and the writes go in one batch per table, so a line costs no statement
 * of its own.
 */
public final class ApplicationImport {
    /** A valid line: the job, and the application's dates, status and outcome. */
    private record Entry(
            int line,
            NewJob job,
            LocalDate applied,
            StatusState status,
            LocalDate statusDate,
            ProcessOutcome outcome,
            LocalDate outcomeDate) {}

    /** Unwinds the import's transaction when a bad line stops it. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public ApplicationImport(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Imports the CSV {@code text} read from {@code file}.
     *
     * @param skipBad import the good lines when some are bad (else import none)
     * @throws JsaException when the file as a whole is not an application history (header, quoting)
     */
    public ApplicationImportReport importCsv(String text, String file, boolean skipBad) {
        LocalDate today = LocalDate.now(clock);
        List<BadLine> bad = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Line line : ApplicationCsv.read(text, file)) {
            try {
                Entry entry = entry(line, today);
                for (String key : keys(entry)) {
                    Integer first = seen.putIfAbsent(key, line.number());
                    if (first != null) {
                        throw JsaException.usage("it repeats line " + first + " (the same application)", null);
                    }
                }
                entries.add(entry);
            } catch (JsaException e) {
                bad.add(new BadLine(line.number(), e.getMessage()));
            }
        }
        int[] counts = new int[3];
        try {
            jdbi.useTransaction(handle -> {
                // the write transaction is immediate: nothing else writes between these reads and the writes
                Recorded recorded = Recorded.load(handle);
                Batches batches = new Batches(recorded);
                for (Entry entry : entries) {
                    try {
                        counts[write(recorded, batches, entry, today)]++;
                    } catch (JsaException e) {
                        bad.add(new BadLine(entry.line(), e.getMessage()));
                    }
                }
                if (!bad.isEmpty() && !skipBad) {
                    throw new Stopped();
                }
                batches.execute(handle.attach(ApplicationWrites.class));
            });
        } catch (Stopped stopped) {
            return new ApplicationImportReport(0, 0, 0, sorted(bad), false);
        }
        return new ApplicationImportReport(counts[0], counts[1], counts[2], sorted(bad), true);
    }

    private static List<BadLine> sorted(List<BadLine> bad) {
        return bad.stream()
                .sorted((a, b) -> Integer.compare(a.line(), b.line()))
                .toList();
    }

    /**
     * Finds the line's application as the database would (the job with the company's posting id and
     * its application, else the first application to the same posting on the same day), checks the
     * line against it and queues its writes: a line that fails a check queues nothing. Returns 0
     * added, 1 updated, 2 unchanged.
     */
    private static int write(Recorded recorded, Batches batches, Entry entry, LocalDate today) {
        NewJob job = entry.job();
        Long jobId = job.externalJobId() == null ? null : recorded.jobByPosting(job.company(), job.externalJobId());
        ApplicationRow existing = jobId == null ? null : recorded.byJob.get(jobId);
        if (existing == null) {
            existing =
                    recorded.byPosting.get(Recorded.postingKey(job.company(), job.listingJobTitle(), entry.applied()));
        }
        if (existing != null) {
            return moveOn(recorded, batches, existing, entry, today) ? 1 : 2;
        }
        long newJobId = jobId != null ? jobId : batches.job(job);
        long id = batches.application(newJobId, entry.applied());
        ApplicationRow row = recorded.added(id, newJobId, entry);
        if (entry.status() != null) {
            batches.status(id, entry.status().id(), entry.statusDate());
            row = row.withStatus(entry.status().id(), entry.statusDate());
        }
        if (entry.outcome() != null) {
            batches.outcome(id, entry.outcome().id(), entry.outcomeDate());
            row = row.withOutcome(entry.outcome().id(), entry.outcomeDate(), null);
        }
        recorded.put(row);
        return 0;
    }

    // A spreadsheet moves an application on; it never takes a status or outcome away.
    private static boolean moveOn(
            Recorded recorded, Batches batches, ApplicationRow app, Entry entry, LocalDate today) {
        ApplicationRow now = app;
        boolean status = entry.status() != null && !entry.status().id().equals(app.state());
        if (status) {
            ApplicationRules.checkStatus(app, entry.status(), entry.statusDate(), today);
            now = now.withStatus(entry.status().id(), entry.statusDate());
        }
        boolean outcome = entry.outcome() != null && !entry.outcome().id().equals(now.outcome());
        if (outcome) {
            ApplicationRules.checkOutcome(now, entry.outcomeDate(), today);
            now = now.withOutcome(entry.outcome().id(), entry.outcomeDate(), null);
        }
        // queued only now: a line whose outcome is refused leaves its status unwritten too
        if (status) {
            batches.status(app.id(), entry.status().id(), entry.statusDate());
        }
        if (outcome) {
            batches.outcome(app.id(), entry.outcome().id(), entry.outcomeDate());
        }
        recorded.put(now);
        return status || outcome;
    }

    /**
     * The applications and posting ids recorded before the import, read once, and kept up to date
     * with the lines imported so far. Keys compare names as SQLite's NOCASE does (ASCII letters only).
     */
    private static final class Recorded {
        private final Map<String, ApplicationRow> byPosting = new HashMap<>();
        private final Map<Long, ApplicationRow> byJob = new HashMap<>();
        private final Map<String, Long> jobsByPosting = new HashMap<>();
        private final long lastJob;
        private final long lastApplication;

        private Recorded(long lastJob, long lastApplication) {
            this.lastJob = lastJob;
            this.lastApplication = lastApplication;
        }

        static Recorded load(Handle handle) {
            Recorded recorded = new Recorded(
                    handle.createQuery("SELECT coalesce(max(id), 0) FROM job")
                            .mapTo(Long.class)
                            .one(),
                    handle.createQuery("SELECT coalesce(max(id), 0) FROM application")
                            .mapTo(Long.class)
                            .one());
            handle.attach(ApplicationDao.class).oldestFirst().forEach(recorded::put);
            handle.createQuery("SELECT id, company, external_job_id FROM job WHERE external_job_id IS NOT NULL")
                    .map((rs, ctx) -> Map.entry(jobKey(rs.getString(2), rs.getString(3)), rs.getLong(1)))
                    .forEach(posting -> recorded.jobsByPosting.put(posting.getKey(), posting.getValue()));
            return recorded;
        }

        Long jobByPosting(String company, String externalJobId) {
            return jobsByPosting.get(jobKey(company, externalJobId));
        }

        // keeps the first application to a posting on a day, as findByPosting's ORDER BY id does;
        // the same application again is its newer state
        void put(ApplicationRow row) {
            byJob.put(row.jobId(), row);
            byPosting.merge(
                    postingKey(row.company(), row.listingJobTitle(), row.appliedDate()),
                    row,
                    (old, now) -> old.id() < now.id() ? old : now);
        }

        ApplicationRow added(long id, long jobId, Entry entry) {
            NewJob job = entry.job();
            if (job.externalJobId() != null) {
                jobsByPosting.putIfAbsent(jobKey(job.company(), job.externalJobId()), jobId);
            }
            return new ApplicationRow(
                    id,
                    jobId,
                    job.company(),
                    job.listingJobTitle(),
                    job.role(),
                    job.specialization(),
                    job.level(),
                    job.location(),
                    job.workSetting(),
                    job.minExperienceYears(),
                    dollars(job.minSalary()),
                    dollars(job.maxSalary()),
                    job.source(),
                    job.externalJobId(),
                    entry.applied(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        private static Long dollars(BigDecimal salary) {
            return salary == null ? null : salary.longValueExact();
        }

        static String postingKey(String company, String title, LocalDate applied) {
            return nocase(company) + "\n" + nocase(title) + "\n" + applied;
        }

        static String jobKey(String company, String externalJobId) {
            return nocase(company) + "\n" + externalJobId;
        }

        private static String nocase(String text) {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] >= 'A' && chars[i] <= 'Z') {
                    chars[i] += 'a' - 'A';
                }
            }
            return new String(chars);
        }
    }

    /**
     * The import's writes, one batch per table, each in line order so that rows get the ids and the
     * timeline the same order as written one line at a time. Jobs and applications get the next free
     * ids up front.
     */
    private static final class Batches {
        private long nextJob;
        private long nextApplication;
        private final List<Long> jobIds = new ArrayList<>();
        private final List<NewJob> jobs = new ArrayList<>();
        private final List<Long> applicationIds = new ArrayList<>();
        private final List<Long> applicationJobs = new ArrayList<>();
        private final List<LocalDate> applied = new ArrayList<>();
        private final List<Long> statusApps = new ArrayList<>();
        private final List<String> states = new ArrayList<>();
        private final List<LocalDate> statusDates = new ArrayList<>();
        private final List<Long> outcomeApps = new ArrayList<>();
        private final List<String> outcomes = new ArrayList<>();
        private final List<LocalDate> outcomeDates = new ArrayList<>();
        private final List<Long> eventApps = new ArrayList<>();
        private final List<String> kinds = new ArrayList<>();
        private final List<String> values = new ArrayList<>();
        private final List<LocalDate> eventDates = new ArrayList<>();

        Batches(Recorded recorded) {
            this.nextJob = recorded.lastJob + 1;
            this.nextApplication = recorded.lastApplication + 1;
        }

        long job(NewJob job) {
            jobIds.add(nextJob);
            jobs.add(job);
            return nextJob++;
        }

        long application(long jobId, LocalDate date) {
            applicationIds.add(nextApplication);
            applicationJobs.add(jobId);
            applied.add(date);
            event(nextApplication, "applied", null, date);
            return nextApplication++;
        }

        void status(long applicationId, String state, LocalDate date) {
            statusApps.add(applicationId);
            states.add(state);
            statusDates.add(date);
            event(applicationId, "status", state, date);
        }

        void outcome(long applicationId, String outcome, LocalDate date) {
            outcomeApps.add(applicationId);
            outcomes.add(outcome);
            outcomeDates.add(date);
            event(applicationId, "outcome", outcome, date);
        }

        private void event(long applicationId, String kind, String value, LocalDate date) {
            eventApps.add(applicationId);
            kinds.add(kind);
            values.add(value);
            eventDates.add(date);
        }

        // parents first, for the foreign keys
        void execute(ApplicationWrites writes) {
            if (!jobs.isEmpty()) {
                writes.insertJobs(jobIds, jobs);
            }
            if (!applicationIds.isEmpty()) {
                writes.insertApplications(applicationIds, applicationJobs, applied);
            }
            if (!statusApps.isEmpty()) {
                writes.upsertStatuses(statusApps, states, statusDates);
            }
            if (!outcomeApps.isEmpty()) {
                writes.upsertOutcomes(
                        outcomeApps, outcomes, outcomeDates, Collections.nCopies(outcomeApps.size(), null));
            }
            if (!eventApps.isEmpty()) {
                writes.insertEvents(eventApps, kinds, values, eventDates, Collections.nCopies(eventApps.size(), null));
            }
        }
    }

    private static List<String> keys(Entry entry) {
        String company = entry.job().company().toLowerCase(Locale.ROOT);
        List<String> keys = new ArrayList<>();
        keys.add(company + "\n" + entry.job().listingJobTitle().toLowerCase(Locale.ROOT) + "\n" + entry.applied());
        if (entry.job().externalJobId() != null) {
            keys.add(company + "\nid\n" + entry.job().externalJobId());
        }
        return keys;
    }

    private static Entry entry(Line line, LocalDate today) {
        if (line.problem() != null) {
            throw JsaException.usage(line.problem(), null);
        }
        LocalDate applied = ImportCells.required("applied_date", ApplicationCsv.date(line, "applied_date"));
        ApplicationRules.notFuture("applied_date", applied, today);
        StatusState status = ImportCells.choice(line, "status", StatusState::of, "callback, rejected, closed");
        LocalDate statusDate = ImportCells.datedWith(line, "status", status, applied, today);
        ProcessOutcome outcome =
                ImportCells.choice(line, "outcome", ProcessOutcome::of, "offer, rejected, failed, ghosted, withdrew");
        LocalDate outcomeDate = ImportCells.datedWith(line, "outcome", outcome, statusDate, today);
        if (outcome != null && status != StatusState.CALLBACK) {
            throw JsaException.usage(
                    "outcome " + outcome.id() + " needs status callback: an outcome ends an interview process", null);
        }
        BigDecimal min = ImportCells.salary(line, "min_salary");
        BigDecimal max = ImportCells.salary(line, "max_salary");
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw JsaException.usage("min_salary " + min + " is above max_salary " + max, null);
        }
        NewJob job = new NewJob(
                ImportCells.required("company", line.get("company")),
                ImportCells.required("listing_job_title", line.get("listing_job_title")),
                line.get("role"),
                line.get("specialization"),
                line.get("level"),
                line.get("location"),
                ImportCells.workSetting(line),
                ImportCells.years(line),
                min,
                max,
                min == null && max == null ? null : "USD",
                min == null && max == null ? null : "year",
                line.get("external_job_id"),
                line.get("source"),
                null,
                null,
                null,
                null);
        return new Entry(line.number(), job, applied, status, statusDate, outcome, outcomeDate);
    }
}
