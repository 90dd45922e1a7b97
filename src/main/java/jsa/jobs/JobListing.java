package jsa.jobs;

import java.time.Instant;
import java.time.LocalDate;

/** A posting found on a company's board, with the user's review status. */
public record JobListing(
        long id,
        long companyId,
        String externalId,
        String title,
        String location,
        String urlPath,
        String url,
        String postedOn,
        LocalDate postedDate,
        String status,
        String department,
        String employmentType,
        Integer minSalary,
        Integer maxSalary,
        String salaryCurrency,
        String salaryPeriod,
        String description,
        Instant firstSeen,
        Instant lastFetched,
        boolean isStale) {}
