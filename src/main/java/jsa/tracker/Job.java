package jsa.tracker;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A job the user tracks: the posting's company, title, parsed attributes and raw JD text. Nullable
 * components are those the posting may not state; {@code listingId} links the discovery listing it
 * came from.
 */
public record Job(
        long id,
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
        Long listingId,
        Instant createdAt,
        Instant updatedAt) {}
