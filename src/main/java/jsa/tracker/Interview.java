package jsa.tracker;

import java.time.Instant;

/**
 * An interview of an application's process. Format, focus and interviewer are null when not
 * known; {@code scheduledAt} is the instant it starts.
 */
public record Interview(
        long id,
        long applicationId,
        String stage,
        String format,
        String focus,
        String interviewerName,
        String interviewerTitle,
        Instant scheduledAt,
        Instant createdAt) {}
