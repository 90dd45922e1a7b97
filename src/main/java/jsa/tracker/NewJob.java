package jsa.tracker;

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
        Integer minSalary,
        Integer maxSalary,
        String salaryCurrency,
        String salaryPeriod,
        String externalJobId,
        String source,
        String url,
        String rawJdText,
        String jdHash,
        Long listingId) {}
