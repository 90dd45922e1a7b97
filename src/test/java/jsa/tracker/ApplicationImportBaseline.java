package jsa.tracker;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.tracker.ApplicationCsv.Line;
import jsa.tracker.ApplicationImportReport.BadLine;

/**
 * {@link ApplicationImport} as it was before its writes were batched (about ten statements a line,
 * each through Jdbi, with a savepoint per line): {@code ImportBench} runs both on the same file and
 * checks that they leave the same tables.
 */
public final class ApplicationImportBaseline {
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

    public ApplicationImportBaseline(Jdbi jdbi, Clock clock) {
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
                for (Entry entry : entries) {
                    handle.savepoint("line");
                    try {
                        counts[write(handle, entry, today)]++;
                        handle.releaseSavepoint("line");
                    } catch (JsaException e) {
                        handle.rollbackToSavepoint("line");
                        bad.add(new BadLine(entry.line(), e.getMessage()));
                    }
                }
                if (!bad.isEmpty() && !skipBad) {
                    throw new Stopped();
                }
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

    // 0 added, 1 updated, 2 unchanged
    private static int write(Handle handle, Entry entry, LocalDate today) {
        ApplicationDao dao = handle.attach(ApplicationDao.class);
        JobDao jobs = handle.attach(JobDao.class);
        Optional<Job> job = entry.job().externalJobId() == null
                ? Optional.empty()
                : jobs.findByCompanyAndExternalId(
                        entry.job().company(), entry.job().externalJobId());
        Optional<ApplicationRow> existing = job.flatMap(j -> dao.findByJobId(j.id()))
                .flatMap(a -> dao.row(a.id()))
                .or(() -> dao.findByPosting(entry.job().company(), entry.job().listingJobTitle(), entry.applied()));
        if (existing.isPresent()) {
            return moveOn(dao, existing.get(), entry, today) ? 1 : 2;
        }
        long jobId = job.map(Job::id).orElseGet(() -> jobs.insert(entry.job()));
        long id = dao.apply(jobId, null, entry.applied());
        if (entry.status() != null) {
            dao.recordStatus(id, entry.status().id(), entry.statusDate());
        }
        if (entry.outcome() != null) {
            dao.recordOutcome(id, entry.outcome().id(), entry.outcomeDate(), null);
        }
        return 0;
    }

    // A spreadsheet moves an application on; it never takes a status or outcome away.
    private static boolean moveOn(ApplicationDao dao, ApplicationRow app, Entry entry, LocalDate today) {
        boolean moved = false;
        if (entry.status() != null && !entry.status().id().equals(app.state())) {
            ApplicationRules.checkStatus(app, entry.status(), entry.statusDate(), today);
            dao.recordStatus(app.id(), entry.status().id(), entry.statusDate());
            moved = true;
        }
        ApplicationRow now = dao.row(app.id()).orElseThrow();
        if (entry.outcome() != null && !entry.outcome().id().equals(now.outcome())) {
            ApplicationRules.checkOutcome(now, entry.outcomeDate(), today);
            dao.recordOutcome(app.id(), entry.outcome().id(), entry.outcomeDate(), null);
            moved = true;
        }
        return moved;
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
