package jsa.jd;

import java.util.List;

import org.jdbi.v3.core.Handle;

import jsa.db.JsonColumns;
import jsa.tracker.Job;
import jsa.tracker.NewJob;
import jsa.tracker.RequirementDao;

/** How a {@link JdModel} becomes a tracked job's row and requirement rows, for parses and edits alike. */
final class JobWrites {
    /** What a job has that is not parsed from its text: where the posting came from, and the text. */
    record PostingRefs(
            String externalJobId, String source, String url, String rawJdText, String jdHash, Long listingId) {
        static PostingRefs of(Job job) {
            return new PostingRefs(
                    job.externalJobId(), job.source(), job.url(), job.rawJdText(), job.jdHash(), job.listingId());
        }

        /**
         * These references, with what {@code old} had where these have none (a re-parse without
         * --url); the posting's first source stays, a re-parse from stdin does not replace it.
         */
        PostingRefs orElse(Job old) {
            return new PostingRefs(
                    externalJobId != null ? externalJobId : old.externalJobId(),
                    old.source() != null ? old.source() : source,
                    url != null ? url : old.url(),
                    rawJdText,
                    jdHash,
                    listingId != null ? listingId : old.listingId());
        }
    }

    private JobWrites() {}

    /** The job row for {@code metadata}, whose company and title are present. */
    static NewJob job(JdMetadata metadata, PostingRefs refs) {
        return new NewJob(
                metadata.company().strip(),
                metadata.listingJobTitle().strip(),
                metadata.role(),
                metadata.specialization(),
                metadata.level(),
                metadata.location(),
                metadata.workSetting(),
                metadata.minExperienceYears(),
                metadata.minSalary(),
                metadata.maxSalary(),
                metadata.salaryCurrency(),
                metadata.salaryPeriod(),
                refs.externalJobId(),
                refs.source(),
                refs.url(),
                refs.rawJdText(),
                refs.jdHash(),
                refs.listingId());
    }

    /** Replaces job {@code jobId}'s requirements with {@code requirements}, in their order. */
    static void replaceRequirements(Handle handle, long jobId, List<JdRequirement> requirements) {
        RequirementDao dao = handle.attach(RequirementDao.class);
        dao.deleteForJob(jobId);
        for (int i = 0; i < requirements.size(); i++) {
            JdRequirement requirement = requirements.get(i);
            dao.insert(
                    jobId, i, requirement.text(), JsonColumns.write(requirement.keywords()), requirement.relevance());
        }
    }
}
