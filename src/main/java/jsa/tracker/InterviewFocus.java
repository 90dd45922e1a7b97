package jsa.tracker;

import java.util.Locale;

/** What an interview tests. */
public enum InterviewFocus {
    CODING,
    SYSTEM_DESIGN,
    BEHAVIORAL,
    HIRING_MANAGER;

    /** The lower-case name stored in the database and typed on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
