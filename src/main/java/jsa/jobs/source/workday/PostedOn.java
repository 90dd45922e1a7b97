package jsa.jobs.source.workday;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date in Workday's "Posted Today", "Posted Yesterday", "Posted 3 Days Ago". */
final class PostedOn {
    private static final Pattern TEXT =
            Pattern.compile("(?i)\\s*posted\\s+(?:(today)|(yesterday)|(\\d+)\\s+days?\\s+ago)\\s*");

    private PostedOn() {}

    /** The date {@code text} means, or null when it cannot tell ("Posted 30+ Days Ago", other words). */
    static LocalDate date(String text, LocalDate today) {
        if (text == null) {
            return null;
        }
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        if (matcher.group(1) != null) {
            return today;
        }
        if (matcher.group(2) != null) {
            return today.minusDays(1);
        }
        try {
            return today.minusDays(Integer.parseInt(matcher.group(3)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
