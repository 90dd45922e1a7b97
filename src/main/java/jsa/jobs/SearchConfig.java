package jsa.jobs;

import java.util.List;

/**
 * A search term synced for every active company, with the title words that rule a posting out.
 *
 * @param searchTerm e.g. "Software Engineer"; unique, ignoring case
 * @param excludeTerms titles containing any of these (ignoring case) are dropped after fetching
 * @param active whether syncs without {@code --keywords} use it
 */
public record SearchConfig(String searchTerm, List<String> excludeTerms, boolean active) {
    public SearchConfig {
        excludeTerms = List.copyOf(excludeTerms);
    }
}
