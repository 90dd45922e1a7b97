package jsa.resume;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The level ladder that nearest-level fallback walks: intern &lt; junior &lt; mid &lt; senior &lt; staff &lt;
 * principal. Each rung lists the words that name it, so "Sr.", "Senior" and "Senior Engineer" are one
 * rung, as are "II", "2" and "mid". Lead, manager and director are off the ladder: they are other
 * tracks, not a step above or below an engineer's level, so they only ever match their own text.
 */
enum Seniority {
    INTERN(Set.of("intern", "internship", "apprentice")),
    JUNIOR(Set.of("junior", "jr", "entry", "graduate", "i", "1")),
    MID(Set.of("mid", "intermediate", "ii", "2")),
    // III is senior at most companies that number their levels I, II, III
    SENIOR(Set.of("senior", "sr", "iii", "3")),
    STAFF(Set.of("staff")),
    PRINCIPAL(Set.of("principal", "distinguished"));

    private final Set<String> words;

    Seniority(Set<String> words) {
        this.words = words;
    }

    /**
     * The highest rung any of the words names, so "Senior Staff" is staff; empty when none does.
     *
     * @param words lower-case words, as {@link TargetWords#of} gives them
     */
    static Optional<Seniority> in(List<String> words) {
        return Stream.of(values())
                .filter(rung -> words.stream().anyMatch(rung.words::contains))
                .max(Comparator.naturalOrder());
    }

    /** How many rungs apart the two are. */
    int distance(Seniority other) {
        return Math.abs(ordinal() - other.ordinal());
    }
}
