package jsa.tracker;

import java.util.Locale;

/** The stage of an interview in the process. */
public enum InterviewStage {
    RECRUITER_SCREEN,
    TECHNICAL_SCREEN,
    FINAL_LOOP;

    /** The lower-case name stored in the database and typed on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
