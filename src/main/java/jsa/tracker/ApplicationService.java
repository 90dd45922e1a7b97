package jsa.tracker;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.ObjLongConsumer;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.jobs.AppliedListing;
import jsa.jobs.ListingService;

/**
 * Records applications and what happens to them: the application, the company's answer and the
 * interview process's outcome. Each change is one transaction that also appends to the
 * application's timeline; a date left out means today in the clock's zone.
 */
public final class ApplicationService {
    /** A recorded application: its id, its job and the resume sent (null when none). */
    public record Applied(long applicationId, long jobId, Long resumeId, LocalDate appliedDate) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public ApplicationService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Records the application to job {@code jobId}.
     *
     * @param date when it was sent; null for today
     * @param resumeId the resume sent; null for the job's newest version, if it has one
     * @throws JsaException when there is no such job or resume, the job already has an application,
     *     or the date is in the future
     */
    public Applied apply(long jobId, LocalDate date, Long resumeId) {
        return jdbi.inTransaction(handle -> apply(handle, jobId, date, resumeId));
    }

    /**
     * Records the application to discovery listing {@code listingId}: marks it APPLIED and files its
     * posting as a tracked job (or reuses the job already filed for it), in one transaction.
     *
     * @throws JsaException as {@link #apply}, or when there is no such listing
     */
    public Applied applyToListing(long listingId, LocalDate date, Long resumeId) {
        return jdbi.inTransaction(handle -> {
            AppliedListing listing = ListingService.markApplied(handle, listingId);
            JobDao jobs = handle.attach(JobDao.class);
            long jobId = jobs.findByListingId(listingId)
                    .or(() -> jobs.findByCompanyAndExternalId(listing.company(), listing.externalId()))
                    .map(Job::id)
                    .orElseGet(() -> jobs.insert(job(listing)));
            return apply(handle, jobId, date, resumeId);
        });
    }

    /**
     * A step for a JD filing's transaction ({@code jsa apply FILE}): it records the application to
     * the job filed, so that the job and its application are written together or not at all.
     */
    public Filing onFiling(LocalDate date, Long resumeId) {
        return new Filing(date, resumeId);
    }

    /** Applies to the job a JD filing hands it, and keeps what it recorded. */
    public final class Filing implements ObjLongConsumer<Handle> {
        private final LocalDate date;
        private final Long resumeId;
        private Applied applied;

        private Filing(LocalDate date, Long resumeId) {
            this.date = date;
            this.resumeId = resumeId;
        }

        @Override
        public void accept(Handle handle, long jobId) {
            applied = apply(handle, jobId, date, resumeId);
        }

        /** What was recorded; null when the filing did not get this far. */
        public Applied applied() {
            return applied;
        }
    }

    /**
     * Sets application {@code id}'s status.
     *
     * @throws JsaException when there is no such application or the change is impossible: dated
     *     before the application or the current status, in the future, the same status, or after the
     *     process ended
     */
    public ApplicationRow status(long id, StatusState state, LocalDate date) {
        return jdbi.inTransaction(handle -> {
            ApplicationDao dao = handle.attach(ApplicationDao.class);
            ApplicationRow app = find(dao, id);
            LocalDate day = dayOf(date);
            ApplicationRules.checkStatus(app, state, day, today());
            dao.recordStatus(id, state.id(), day);
            return dao.row(id).orElseThrow();
        });
    }

    /**
     * Records how application {@code id}'s interview process ended.
     *
     * @throws JsaException when there is no such application, it has no callback, or the date is
     *     before the callback or the current outcome, or in the future
     */
    public ApplicationRow outcome(long id, ProcessOutcome outcome, LocalDate date, String notes) {
        return jdbi.inTransaction(handle -> {
            ApplicationDao dao = handle.attach(ApplicationDao.class);
            ApplicationRow app = find(dao, id);
            LocalDate day = dayOf(date);
            ApplicationRules.checkOutcome(app, day, today());
            dao.recordOutcome(id, outcome.id(), day, notes == null || notes.isBlank() ? null : notes.strip());
            return dao.row(id).orElseThrow();
        });
    }

    /**
     * Appends a note to application {@code id}'s timeline, dated today, and returns the application.
     *
     * @throws JsaException when there is no such application or the text is blank
     */
    public ApplicationRow note(long id, String text) {
        if (text == null || text.isBlank()) {
            throw JsaException.usage("the note is empty", "give the note's text");
        }
        return jdbi.inTransaction(handle -> {
            ApplicationDao dao = handle.attach(ApplicationDao.class);
            find(dao, id);
            dao.note(id, text.strip(), today());
            return dao.row(id).orElseThrow();
        });
    }

    static ApplicationRow find(ApplicationDao dao, long id) {
        return dao.row(id)
                .orElseThrow(
                        () -> JsaException.failure("no application " + id, "'jsa app list' shows the applications"));
    }

    private Applied apply(Handle handle, long jobId, LocalDate date, Long resumeId) {
        LocalDate day = dayOf(date);
        ApplicationRules.notFuture("the application date", day, today());
        if (handle.attach(JobDao.class).findById(jobId).isEmpty()) {
            throw JsaException.failure("no job " + jobId, "'jsa job list' shows the tracked jobs");
        }
        ApplicationDao dao = handle.attach(ApplicationDao.class);
        dao.findByJobId(jobId).ifPresent(existing -> {
            throw JsaException.failure(
                    "job " + jobId + " already has application " + existing.id() + " (applied " + existing.appliedDate()
                            + ")",
                    "one application per job; 'jsa app show " + existing.id() + "' shows it");
        });
        Long resume = resumeId == null ? dao.latestResumeId(jobId).orElse(null) : checkResume(dao, resumeId, jobId);
        long id = dao.apply(jobId, resume, day);
        return new Applied(id, jobId, resume, day);
    }

    private static Long checkResume(ApplicationDao dao, long resumeId, long jobId) {
        Long forJob = dao.resumeJob(resumeId)
                .orElseThrow(() -> JsaException.failure(
                        "no resume " + resumeId, "'jsa resume list --job " + jobId + "' shows the job's resumes"));
        // a general resume (no job) may be sent anywhere, but not one written for another posting
        if (forJob != null && forJob != jobId) {
            throw JsaException.usage(
                    "resume " + resumeId + " was written for job " + forJob + ", not job " + jobId,
                    "'jsa resume list --job " + jobId + "' shows the job's resumes");
        }
        return resumeId;
    }

    private static NewJob job(AppliedListing listing) {
        return new NewJob(
                listing.company(),
                listing.title(),
                null,
                null,
                null,
                listing.location(),
                null,
                null,
                listing.minSalary() == null ? null : BigDecimal.valueOf(listing.minSalary()),
                listing.maxSalary() == null ? null : BigDecimal.valueOf(listing.maxSalary()),
                listing.salaryCurrency(),
                listing.salaryPeriod(),
                listing.externalId(),
                "company_site",
                listing.url(),
                listing.description(),
                null,
                listing.id());
    }

    private LocalDate dayOf(LocalDate date) {
        return date == null ? today() : date;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
