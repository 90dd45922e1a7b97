package jsa.tracker;

/**
 * An interview as {@code jsa interview edit} left it.
 *
 * @param changes what changed, as on the timeline: "focus coding → system_design, ..."
 * @param prepared whether it has a preparation, written for its details before the change
 */
public record ChangedInterview(Interview interview, String changes, boolean prepared) {}
