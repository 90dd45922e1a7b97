package jsa.tracker;

import java.util.List;

/** An application with its whole timeline, as exported. */
public record ApplicationHistory(ApplicationRow application, List<ApplicationEvent> events) {
    public ApplicationHistory {
        events = List.copyOf(events);
    }
}
