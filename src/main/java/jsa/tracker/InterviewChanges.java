package jsa.tracker;

import java.time.LocalDateTime;

/**
 * The details of an interview to change; each null component stays as it is. A blank interviewer
 * name or title clears it.
 *
 * @param at when it starts, in the user's time zone
 */
public record InterviewChanges(
        LocalDateTime at,
        InterviewStage stage,
        InterviewFormat format,
        InterviewFocus focus,
        String interviewerName,
        String interviewerTitle) {
    /** Whether nothing is to change. */
    public boolean none() {
        return at == null
                && stage == null
                && format == null
                && focus == null
                && interviewerName == null
                && interviewerTitle == null;
    }
}
