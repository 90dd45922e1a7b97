package jsa.resume;

import java.time.Instant;

/**
 * A stored resume without its content, as {@code jsa resume list} shows it.
 *
 * @param jobId the job it was written for, or null for a general resume
 * @param version 1, 2, 3 ... per job (per target role for a general resume)
 * @param model the model that wrote the bullets, or the offline rule set
 * @param company the job's company, or null for a general resume
 * @param listingJobTitle the job's title, or null for a general resume
 */
public record ResumeSummary(
        long id,
        Long jobId,
        long templateId,
        String templateName,
        int version,
        String targetRole,
        String targetLevel,
        String provider,
        String model,
        Instant createdAt,
        String company,
        String listingJobTitle) {
    /**
     * What it was written for: "job 3: Northwind Analytics, Senior Backend Engineer", or
     * "general: Data Engineer Senior" for a general resume.
     */
    public String target() {
        if (jobId != null) {
            return "job " + jobId + ": " + company + ", " + listingJobTitle;
        }
        return "general: " + targetRole + (targetLevel == null ? "" : " " + targetLevel);
    }
}
