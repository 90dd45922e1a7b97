package jsa.tracker;

/** Which applications a view shows: all, the open ones, or the concluded ones. */
public enum Activity {
    /** Every application. */
    ALL,
    /** No response yet, or a callback without a process outcome. */
    ACTIVE,
    /** Rejected, closed, or the interview process concluded. */
    INACTIVE
}
