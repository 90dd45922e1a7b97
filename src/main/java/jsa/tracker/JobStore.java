package jsa.tracker;

import java.util.List;
import java.util.Optional;
import java.util.function.ObjLongConsumer;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.db.JsonColumns;

/**
 * Writes tracked jobs with their requirements, each write one transaction. A posting filed again
 * (same company and external id, or the same text) updates its job rather than adding one.
 */
public final class JobStore {
    /** A filed posting's job, and whether it existed before. */
    public record Filed(long jobId, boolean updated) {}

    private final Jdbi jdbi;

    public JobStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Files a parsed posting: updates the job with the same company and external id, else the one
     * with the same text ({@code jd_hash}), else adds one. An update keeps the job's first source,
     * and its external id, URL and listing where {@code job} has none.
     *
     * @param inTransaction runs in the same transaction with the job's id, for what the caller
     *     links to it
     * @throws JsaException when the text is already another posting's job (nothing is written)
     */
    public Filed file(NewJob job, List<NewRequirement> requirements, ObjLongConsumer<Handle> inTransaction) {
        // looked up in the write transaction: two parses of one posting at once make one job
        return jdbi.inTransaction(handle -> {
            JobDao jobs = handle.attach(JobDao.class);
            Optional<Job> byPosting = job.externalJobId() == null
                    ? Optional.empty()
                    : jobs.findByCompanyAndExternalId(job.company(), job.externalJobId());
            Optional<Job> byText = jobs.findByJdHash(job.jdHash());
            checkSamePosting(job, byPosting, byText);
            Optional<Job> existing = byPosting.or(() -> byText);
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
                jobs.update(id, keepKnown(job, existing.get()));
            } else {
                id = jobs.insert(job);
            }
            replaceRequirements(handle, id, requirements);
            inTransaction.accept(handle, id);
            return new Filed(id, existing.isPresent());
        });
    }

    /**
     * Replaces job {@code id}'s parsed fields and requirements with {@code fields}' and
     * {@code requirements}; its text, hash, source, URL, external id and listing stay.
     *
     * @throws JsaException when there is no such job
     */
    public void replace(long id, NewJob fields, List<NewRequirement> requirements) {
        jdbi.useTransaction(handle -> {
            JobDao jobs = handle.attach(JobDao.class);
            Job old = jobs.findById(id)
                    .orElseThrow(() -> JsaException.failure("no job " + id, "'jsa job list' shows the tracked jobs"));
            jobs.update(
                    id,
                    fields.withPosting(
                            old.externalJobId(),
                            old.source(),
                            old.url(),
                            old.rawJdText(),
                            old.jdHash(),
                            old.listingId()));
            replaceRequirements(handle, id, requirements);
        });
    }

    // The same text under another posting id, or a posting id whose job has other text: saving
    // would merge two postings (or break the one-job-per-text rule), so the user decides.
    private static void checkSamePosting(NewJob job, Optional<Job> byPosting, Optional<Job> byText) {
        if (byText.isEmpty()) {
            return;
        }
        Job sameText = byText.get();
        if (byPosting.isPresent() && byPosting.get().id() != sameText.id()) {
            throw JsaException.usage(
                    "this text is already job " + sameText.id() + ", but " + job.company() + "'s posting "
                            + job.externalJobId() + " is job " + byPosting.get().id(),
                    "nothing was saved; check --external-id, or edit one of them with 'jsa job edit'");
        }
        if (byPosting.isEmpty()
                && job.externalJobId() != null
                && sameText.externalJobId() != null
                && !sameText.externalJobId().equals(job.externalJobId())) {
            throw JsaException.usage(
                    "this text is already job " + sameText.id() + ", posting " + sameText.externalJobId() + ", not "
                            + job.externalJobId(),
                    "nothing was saved; check --external-id");
        }
    }

    private static NewJob keepKnown(NewJob job, Job old) {
        return job.withPosting(
                job.externalJobId() != null ? job.externalJobId() : old.externalJobId(),
                old.source() != null ? old.source() : job.source(),
                job.url() != null ? job.url() : old.url(),
                job.rawJdText(),
                job.jdHash(),
                job.listingId() != null ? job.listingId() : old.listingId());
    }

    private static void replaceRequirements(Handle handle, long jobId, List<NewRequirement> requirements) {
        RequirementDao dao = handle.attach(RequirementDao.class);
        dao.deleteForJob(jobId);
        for (int i = 0; i < requirements.size(); i++) {
            NewRequirement requirement = requirements.get(i);
            dao.insert(
                    jobId, i, requirement.text(), JsonColumns.write(requirement.keywords()), requirement.relevance());
        }
    }
}
