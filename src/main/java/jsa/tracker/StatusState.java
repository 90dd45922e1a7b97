package jsa.tracker;

import java.util.Locale;
import java.util.Optional;

/** An application's answer from the company: a callback, a rejection, or the posting closed. */
public enum StatusState {
    CALLBACK,
    REJECTED,
    CLOSED;

    /** The lower-case name stored in the database and typed on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value stored as {@code id}, ignoring case; empty when there is none. */
    public static Optional<StatusState> of(String id) {
        for (StatusState value : values()) {
            if (value.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
