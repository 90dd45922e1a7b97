package jsa.tracker;

import java.util.List;

/**
 * The Application Detail view: the job, the timeline, the resume as sent, past and upcoming
 * interviews with their notes, and the job's requirements when the application was rejected.
 *
 * @param resumeAsSent the resume's text, or null when none was recorded or it cannot be rendered
 * @param requirements the job's requirements when rejected (to see what was missing), else empty
 */
public record ApplicationDetail(
        ApplicationRow application,
        Job job,
        Long resumeId,
        String resumeAsSent,
        List<ApplicationEvent> timeline,
        List<InterviewDetail> pastInterviews,
        List<InterviewDetail> upcomingInterviews,
        List<Requirement> requirements) {
    public ApplicationDetail {
        timeline = List.copyOf(timeline);
        pastInterviews = List.copyOf(pastInterviews);
        upcomingInterviews = List.copyOf(upcomingInterviews);
        requirements = List.copyOf(requirements);
    }
}
