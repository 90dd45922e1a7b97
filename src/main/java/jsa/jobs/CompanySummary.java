package jsa.jobs;

/**
 * One row of {@code jsa company list}.
 *
 * @param board the board, or {@code tenant/site} for Workday
 * @param listings the company's listings, stale ones included
 */
public record CompanySummary(String name, String platform, boolean active, String board, long listings) {}
