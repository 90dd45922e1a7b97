package jsa.jobs;

import java.time.LocalDate;

/**
 * One line of {@code jsa jobs list}.
 *
 * @param url the full posting URL: the company's site plus the listing's path, or the
 *     platform's absolute URL; null when neither is known
 */
public record ListingRow(
        long id,
        String status,
        String company,
        String title,
        String location,
        String postedOn,
        LocalDate postedDate,
        String url) {}
