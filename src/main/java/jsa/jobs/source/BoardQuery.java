package jsa.jobs.source;

/**
 * What to ask one board for. Platforms without server-side search return the whole board and
 * the sync filters it; those with it (Workday, SmartRecruiters) narrow the answer.
 *
 * @param searchText a search term, or null for every posting
 * @param location a location name, or null for anywhere
 */
public record BoardQuery(String searchText, String location) {
    /** Every posting, anywhere. */
    public static final BoardQuery ALL = new BoardQuery(null, null);
}
