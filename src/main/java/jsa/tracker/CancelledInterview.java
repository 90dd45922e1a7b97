package jsa.tracker;

/**
 * An interview {@code jsa interview cancel} deleted, and what went with it.
 *
 * @param when its stage and local start time, as on the timeline: "technical_screen on 2026-12-01 14:30"
 * @param prepared whether its preparation was deleted with it
 * @param notes how many of its notes were deleted with it (their text stays on the timeline)
 */
public record CancelledInterview(Interview interview, String when, boolean prepared, int notes) {}
