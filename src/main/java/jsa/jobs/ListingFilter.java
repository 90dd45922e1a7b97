package jsa.jobs;

/**
 * Which listings to show.
 *
 * @param status one status, or null for all
 * @param company a company name (ignoring case), or null
 * @param keyword a word the title must contain (ignoring case), or null
 */
public record ListingFilter(ListingStatus status, String company, String keyword) {}
