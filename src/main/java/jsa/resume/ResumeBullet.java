package jsa.resume;

import java.util.List;

/**
 * A generated bullet and the user's changes to it.
 *
 * @param overrideText the user's wording, shown in place of {@code text}; or null
 * @param exclude whether renderings leave it out
 * @param relevance how well it matches the job, 0 to 1; null when unknown
 * @param flags facts in {@code text} that the role's project data does not state
 */
public record ResumeBullet(
        long id,
        int position,
        String text,
        String overrideText,
        boolean exclude,
        Double relevance,
        List<Ungrounded> flags) {
    public ResumeBullet {
        flags = List.copyOf(flags);
    }

    /** The text as it renders: the override when there is one. */
    public String shown() {
        return overrideText != null ? overrideText : text;
    }
}
