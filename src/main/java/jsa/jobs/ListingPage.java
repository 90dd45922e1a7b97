package jsa.jobs;

import java.util.List;

/**
 * The listings shown of those that pass a filter.
 *
 * @param rows the listings shown, newest first
 * @param matching how many pass the filter, shown or not
 */
public record ListingPage(List<ListingRow> rows, long matching) {
    /** Whether some listings that pass the filter were left out. */
    public boolean truncated() {
        return matching > rows.size();
    }
}
