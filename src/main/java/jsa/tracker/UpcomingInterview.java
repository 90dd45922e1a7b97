package jsa.tracker;

import java.time.LocalDateTime;

/**
 * An interview in the upcoming interviews view, with its application's company and title.
 *
 * @param at when it starts, in the user's time zone
 * @param daysUntil calendar days from today to its day: 0 today, 1 tomorrow, negative when past
 * @param prepared whether its interview preparation was generated ('jsa interview-prep')
 */
public record UpcomingInterview(
        long id,
        long applicationId,
        String company,
        String listingJobTitle,
        String stage,
        String format,
        String focus,
        String interviewerName,
        String interviewerTitle,
        LocalDateTime at,
        long daysUntil,
        boolean prepared) {}
