package jsa.resume;

import java.util.Objects;

/**
 * A change to one bullet or skills category, as {@code jsa resume bullet} and {@code skills} make it.
 *
 * @param text the new text of an {@link Action#OVERRIDE}, else null
 */
public record ItemChange(Action action, String text) {
    /** What the change does. */
    public enum Action {
        /** show {@code text} instead of the generated text; the generated text itself clears the override */
        OVERRIDE,
        EXCLUDE,
        INCLUDE,
        /** back to the generated text, included */
        RESET
    }

    public ItemChange {
        Objects.requireNonNull(action);
        if ((action == Action.OVERRIDE) != (text != null)) {
            throw new IllegalArgumentException("an override, and only an override, has a text");
        }
    }

    public static ItemChange override(String text) {
        return new ItemChange(Action.OVERRIDE, Objects.requireNonNull(text));
    }

    public static ItemChange of(Action action) {
        return new ItemChange(action, null);
    }
}
