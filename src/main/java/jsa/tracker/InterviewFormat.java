package jsa.tracker;

import java.util.Locale;

/** How an interview is held. */
public enum InterviewFormat {
    PHONE_CALL,
    VIRTUAL_MEETING,
    ONSITE;

    /** The lower-case name stored in the database and typed on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
