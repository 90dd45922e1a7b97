package jsa.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The title rules of a search term: a title matches when it contains every word of the term,
 * and is excluded when it contains any exclude term (all ignoring case). Exclusions are the
 * sync's job, not the clients'.
 */
final class TitleFilter {
    private final List<String> words;
    private final List<String> excluded;

    TitleFilter(SearchConfig search) {
        this.words = Arrays.stream(lower(search.searchTerm()).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
        this.excluded = search.excludeTerms().stream()
                .map(TitleFilter::lower)
                .filter(t -> !t.isBlank())
                .toList();
    }

    boolean matches(String title) {
        String text = lower(title);
        return words.stream().allMatch(text::contains);
    }

    boolean excludes(String title) {
        String text = lower(title);
        return excluded.stream().anyMatch(text::contains);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
