package jsa.jobs;

/**
 * The outcome for one company: what it fetched and changed, or why it failed (then nothing of
 * that company was changed).
 *
 * @param fetched postings kept after the search terms, exclusions and location
 * @param counts the changes, or null when it failed or the sync was a dry run
 * @param error the reason it failed, or null
 */
public record CompanySync(String company, String platform, int fetched, SyncCounts counts, String error) {
    /** True when the board was fetched and saved (or, in a dry run, fetched). */
    public boolean ok() {
        return error == null;
    }
}
