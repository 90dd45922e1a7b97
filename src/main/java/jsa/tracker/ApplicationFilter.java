package jsa.tracker;

import java.time.LocalDate;

/**
 * Which applications a list shows.
 *
 * @param company only this company's, compared case-insensitively; or null for all
 * @param activity all, active or inactive ones
 * @param since only those applied on or after this date; or null
 */
public record ApplicationFilter(String company, Activity activity, LocalDate since) {
    /** Every application. */
    public static final ApplicationFilter ALL = new ApplicationFilter(null, Activity.ALL, null);
}
