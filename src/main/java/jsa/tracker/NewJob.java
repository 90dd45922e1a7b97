package jsa.tracker;

import java.math.BigDecimal;

/** The fields of a {@link Job} a caller supplies on insert; the database assigns id and timestamps. */
public record NewJob(
        String company,
        String listingJobTitle,
        String role,
        String specialization,
        String level,
        String location,
        String workSetting,
        Integer minExperienceYears,
        BigDecimal minSalary,
        BigDecimal maxSalary,
        String salaryCurrency,
        String salaryPeriod,
        String externalJobId,
        String source,
        String url,
        String rawJdText,
        String jdHash,
        Long listingId) {
    /** This job's parsed fields with another posting: where it came from, and its text. */
    public NewJob withPosting(
            String externalJobId, String source, String url, String rawJdText, String jdHash, Long listingId) {
        return new NewJob(
                company,
                listingJobTitle,
                role,
                specialization,
                level,
                location,
                workSetting,
                minExperienceYears,
                minSalary,
                maxSalary,
                salaryCurrency,
                salaryPeriod,
                externalJobId,
                source,
                url,
                rawJdText,
                jdHash,
                listingId);
    }
}
