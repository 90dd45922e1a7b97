package jsa.resume;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One bullet as the offline writer composes it, from one project's own phrases only: an action,
 * the project's tools and an outcome, as in "Split the test suite into parallel jobs using GitHub
 * Actions, Gradle and Docker; cut build time from 40 to 12 minutes" ("with" in place of "using" when
 * the action says "using" itself). Without an action the outcome stands alone.
 *
 * @param action the project's action, or null for an outcome on its own
 * @param tools up to three of the project's tools, none when the action names one itself or
 *     there is no room for them
 * @param outcome one of the project's outcomes, or null, also when there is no room for it
 */
record BulletDraft(String action, List<String> tools, String outcome) {
    /** The longest a bullet may be, in characters. */
    static final int MAX_LENGTH = BulletsAnswer.MAX_CHARS;

    private static final Pattern USING = Pattern.compile("\\busing\\b", Pattern.CASE_INSENSITIVE);

    /** Keeps what fits {@link #MAX_LENGTH}: the tools go first, then the outcome. */
    BulletDraft {
        tools = List.copyOf(tools);
        if (action != null && joined(action, tools, outcome).length() > MAX_LENGTH) {
            tools = List.of();
        }
        if (action != null && joined(action, tools, outcome).length() > MAX_LENGTH) {
            outcome = null;
        }
    }

    /**
     * The bullet: the first phrase capitalized, no closing period, at most {@link #MAX_LENGTH}
     * characters.
     */
    String text() {
        String text = joined(action, tools, outcome);
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        // a lone phrase too long by itself: cut at the last space that fits, or inside a single overlong word
        int space = text.lastIndexOf(' ', MAX_LENGTH);
        return clean(space > 0 ? text.substring(0, space) : text.substring(0, MAX_LENGTH));
    }

    private static String joined(String action, List<String> tools, String outcome) {
        if (action == null) {
            return capitalized(outcome);
        }
        StringBuilder text = new StringBuilder(capitalized(action));
        if (!tools.isEmpty()) {
            // "migrated traffic using shadow reads using Docker" would stutter
            text.append(USING.matcher(action).find() ? " with " : " using ").append(listed(tools));
        }
        if (outcome != null) {
            text.append("; ").append(outcome);
        }
        return text.toString();
    }

    /**
     * A user's phrase as a bullet part: single spaces, no closing punctuation, since the phrase is
     * joined to others and a bullet ends without a period.
     */
    static String clean(String phrase) {
        return phrase.strip().replaceAll("\\s+", " ").replaceAll("[\\s.;,:]+$", "");
    }

    /** "A", "A and B", "A, B and C". */
    private static String listed(List<String> items) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }

    /**
     * The phrase with its first letter upper case, unless its first word has a capital already:
     * "Built" needs nothing, and a name such as "iOS" or "gRPC" must stay as the user spells it.
     */
    private static String capitalized(String phrase) {
        String firstWord = phrase.split(" ", 2)[0];
        if (!firstWord.equals(firstWord.toLowerCase(Locale.ROOT))) {
            return phrase;
        }
        int end = phrase.offsetByCodePoints(0, 1);
        return phrase.substring(0, end).toUpperCase(Locale.ROOT) + phrase.substring(end);
    }
}
