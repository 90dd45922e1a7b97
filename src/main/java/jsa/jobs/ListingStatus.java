package jsa.jobs;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The review status of a listing, and the moves the user may make (the design's view offered
 * NEW to INTERESTED or DISMISSED, and INTERESTED to APPLIED or DISMISSED; APPLIED is final).
 */
public enum ListingStatus {
    NEW,
    INTERESTED,
    DISMISSED,
    APPLIED;

    private static final Map<ListingStatus, Set<ListingStatus>> MOVES = Map.of(
            NEW, Set.of(INTERESTED, DISMISSED),
            INTERESTED, Set.of(APPLIED, DISMISSED),
            DISMISSED, Set.of(),
            APPLIED, Set.of());

    /** The lower-case name stored in the database. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status stored as {@code id}. */
    public static ListingStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** True when the user may move a listing from this status to {@code next}. */
    public boolean canMoveTo(ListingStatus next) {
        return MOVES.get(this).contains(next);
    }
}
