package jsa.jobs.source;

import java.time.LocalDate;

/**
 * One job posting in the shape every platform's client returns.
 *
 * @param externalId the platform's stable id, unique within the board
 * @param urlPath a path relative to the company's public site (Workday), or null
 * @param url the absolute posting URL when the platform gives one, or null
 * @param postedOn the platform's own words for when it was posted ("Posted 3 Days Ago", an ISO date)
 * @param postedDate that date, when it can be known
 * @param salaryPeriod year, month or hour, when a salary is given
 * @param description plain text (HTML already converted), or null when the listing has none
 */
public record Posting(
        String externalId,
        String title,
        String location,
        String urlPath,
        String url,
        String postedOn,
        LocalDate postedDate,
        String department,
        String employmentType,
        Integer minSalary,
        Integer maxSalary,
        String salaryCurrency,
        String salaryPeriod,
        String description) {}
