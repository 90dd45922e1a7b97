package jsa.tracker;

import java.time.LocalDateTime;

/**
 * An interview to schedule for an application.
 *
 * @param at when it starts, in the user's time zone
 * @param format how it is held, or null
 * @param focus what it tests, or null
 * @param interviewerName who leads it, or null
 * @param interviewerTitle their title, or null
 */
public record NewInterview(
        long applicationId,
        InterviewStage stage,
        LocalDateTime at,
        InterviewFormat format,
        InterviewFocus focus,
        String interviewerName,
        String interviewerTitle) {}
