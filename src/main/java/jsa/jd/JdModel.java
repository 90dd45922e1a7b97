package jsa.jd;

import java.util.List;

import jsa.tracker.Job;
import jsa.tracker.JobDetail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A parsed job description, in the JSON shape {@code jsa parse-jd} prints and every provider
 * must answer with.
 *
 * @param metadata what the posting says about the job
 * @param requirements short requirement phrases, most relevant first
 */
public record JdModel(
        @NotNull @Valid JdMetadata metadata, @NotNull List<@NotNull @Valid JdRequirement> requirements) {
    /** A tracked job's stored metadata and requirements, in this shape. */
    public static JdModel of(JobDetail detail) {
        Job job = detail.job();
        return new JdModel(
                new JdMetadata(
                        job.company(),
                        job.listingJobTitle(),
                        job.role(),
                        job.specialization(),
                        job.level(),
                        job.location(),
                        job.workSetting(),
                        job.minExperienceYears(),
                        job.minSalary(),
                        job.maxSalary(),
                        job.salaryCurrency(),
                        job.salaryPeriod()),
                detail.requirements().stream()
                        .map(r -> new JdRequirement(r.text(), r.keywords(), r.relevance()))
                        .toList());
    }
}
