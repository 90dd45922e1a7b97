package jsa.jobs;

/**
 * What a listing the user applied to tells the tracker about its posting; nullable components are
 * those the platform did not give.
 *
 * @param url the posting's full address
 * @param description the posting's text, when the platform gave one
 */
public record AppliedListing(
        long id,
        String company,
        String externalId,
        String title,
        String location,
        String url,
        String description,
        Long minSalary,
        Long maxSalary,
        String salaryCurrency,
        String salaryPeriod) {}
