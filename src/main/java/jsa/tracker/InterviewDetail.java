package jsa.tracker;

import java.util.List;

/** An interview with its notes, oldest first. */
public record InterviewDetail(Interview interview, List<InterviewNote> notes) {
    public InterviewDetail {
        notes = List.copyOf(notes);
    }
}
