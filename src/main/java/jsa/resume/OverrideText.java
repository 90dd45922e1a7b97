package jsa.resume;

/**
 * The rules for text a user puts in place of a generated bullet or skills list. Spacing does not
 * count: text that differs from the generated text only in spaces or line breaks is no override.
 */
final class OverrideText {
    private OverrideText() {}

    /** What is wrong with {@code text} as a bullet, completing "the text ...", or null when nothing. */
    static String bulletProblem(String text) {
        String problem = skillsProblem(text);
        if (problem == null && text.strip().length() > BulletsAnswer.MAX_CHARS) {
            return "has " + text.strip().length() + " characters, more than the " + BulletsAnswer.MAX_CHARS
                    + " a bullet may have";
        }
        return problem;
    }

    /** What is wrong with {@code text} as a skills list, completing "the text ...", or null when nothing. */
    static String skillsProblem(String text) {
        if (text.isBlank()) {
            return "is blank";
        }
        // the edit form holds one item per line
        return text.strip().lines().count() > 1 ? "spans several lines" : null;
    }

    /**
     * The override to store for {@code edited}: none when it is the generated text, the current
     * override when it is that one (so that a re-spaced line changes nothing), else the text itself.
     */
    static String resolve(String edited, String generated, String current) {
        if (spaced(edited).equals(spaced(generated))) {
            return null;
        }
        if (current != null && spaced(edited).equals(spaced(current))) {
            return current;
        }
        return edited.strip();
    }

    /** {@code text} on one line, with single spaces. */
    static String spaced(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
