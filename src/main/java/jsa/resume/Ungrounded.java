package jsa.resume;

/**
 * A fact in a generated bullet that the role's project data does not state, as {@link
 * GroundingCheck} reports it.
 *
 * @param text the figure or tool name as the bullet writes it ("$1.2M", "k8s")
 */
public record Ungrounded(Kind kind, String text) {
    /** What sort of fact the bullet states. */
    public enum Kind {
        /** a count, duration, size, multiple ("3x", "threefold") or percentile ("p99") */
        NUMBER,
        PERCENT,
        MONEY,
        /** a tool or technology named in jsa's skills vocabulary */
        TOOL
    }
}
