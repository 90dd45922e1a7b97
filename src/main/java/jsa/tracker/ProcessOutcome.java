package jsa.tracker;

import java.util.Locale;
import java.util.Optional;

/** How an interview process ended. */
public enum ProcessOutcome {
    OFFER,
    REJECTED,
    FAILED,
    GHOSTED,
    WITHDREW;

    /** The lower-case name stored in the database and typed on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value stored as {@code id}, ignoring case; empty when there is none. */
    public static Optional<ProcessOutcome> of(String id) {
        for (ProcessOutcome value : values()) {
            if (value.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
