package jsa.tracker;

import java.util.Optional;

/**
 * Renders a stored resume as it was sent: overrides in place, excluded items left out. The resume
 * feature supplies it, since it depends on the tracker and not the other way round.
 */
@FunctionalInterface
public interface SentResume {
    /** The text of resume {@code resumeId}; empty when it cannot be rendered (no such resume or no profile). */
    Optional<String> text(long resumeId);
}
