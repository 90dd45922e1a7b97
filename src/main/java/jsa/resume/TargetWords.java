package jsa.resume;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A role, level or specialization as template selection compares it: lower-case words, with
 * punctuation and extra spaces dropped, so "Sr. Software-Engineer" is {@code [sr, software, engineer]}.
 */
final class TargetWords {
    private TargetWords() {}

    /** The words of the text, none for null or blank text. */
    static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** The words joined by single spaces: equal keys mean equal targets; "" for none. */
    static String key(String text) {
        return String.join(" ", of(text));
    }
}
