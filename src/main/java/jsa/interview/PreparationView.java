package jsa.interview;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jsa.tracker.Interview;
import jsa.tracker.Job;

/**
 * The Interview Preparation view of an application: the base preparation, the application's
 * interviews, and the selected one's preparation.
 *
 * @param interviews the application's interviews in time order
 * @param prepared the ids of those that have a preparation
 * @param selected the interview shown: the one asked for, else the next upcoming; null when there
 *     is none
 * @param preparation the selected interview's preparation, null when it was not generated yet
 * @param zone the user's time zone, which interview times are shown in
 */
public record PreparationView(
        long applicationId,
        Job job,
        BasePreparation base,
        List<Interview> interviews,
        Set<Long> prepared,
        Interview selected,
        InterviewPreparation preparation,
        ZoneId zone) {
    public PreparationView {
        interviews = List.copyOf(interviews);
        prepared = Set.copyOf(prepared);
    }

    /** The view as one Markdown document. */
    public String markdown() {
        return PrepMarkdown.document(this);
    }
}
