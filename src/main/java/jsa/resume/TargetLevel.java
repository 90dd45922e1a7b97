package jsa.resume;

import java.util.List;
import java.util.Optional;

/**
 * A level as template selection compares it: by its rung on the ladder when it names one, else by its
 * words ("Manager" equals "manager"). No words means no level.
 *
 * @param text the level as written, for messages
 * @param key its words joined, as {@link TargetWords#key} gives them
 * @param rung its rung, empty when off the ladder or absent
 */
record TargetLevel(String text, String key, Optional<Seniority> rung) {
    static TargetLevel of(String text) {
        List<String> words = TargetWords.of(text);
        return new TargetLevel(text, String.join(" ", words), Seniority.in(words));
    }

    boolean isAbsent() {
        return key.isEmpty();
    }

    /** Both on the same rung, or, when either is off the ladder, the same words. */
    boolean sameAs(TargetLevel other) {
        if (rung.isPresent() && other.rung.isPresent()) {
            return rung.equals(other.rung);
        }
        return key.equals(other.key);
    }
}
