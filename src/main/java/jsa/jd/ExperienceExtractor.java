package jsa.jd;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the minimum years of experience a posting requires. Figures under preferred headings or in
 * clauses that call them preferred are wishes, not requirements; of the required figures the largest
 * is taken, because the overall figure ("8+ years of engineering") is the largest one and the smaller
 * ones are about a single tool ("5+ years with dbt").
 */
final class ExperienceExtractor {
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("fifteen", 15),
            Map.entry("twenty", 20));
    private static final String NUMBER = "\\d{1,2}|" + String.join("|", NUMBER_WORDS.keySet());
    private static final Pattern YEARS = Pattern.compile(
            "\\b(?<low>" + NUMBER + ")\\s*(?:\\+|plus)?\\s*(?:(?:-|–|—|to)\\s*(?:" + NUMBER + ")\\s*\\+?\\s*)?"
                    + "(?:years?|yrs?)\\b['’]?(?<after>.{0,40})",
            Pattern.CASE_INSENSITIVE);
    // what follows a figure that is about experience: "years of", "years in", "years' experience"
    private static final Pattern EXPERIENCE_AFTER = Pattern.compile(
            "^\\s*(?:of|in|experience|exp|working|as|with|building|professional|related|relevant|hands-on|industry|"
                    + "post|progressive|direct|combined|full-time)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_EXPERIENCE_AFTER = Pattern.compile(
            "^\\s*(?:old|older|of age|ago|running|in a row|in business|of (?:service|operation|history))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPERIENCE_WORD = Pattern.compile("\\bexperience", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFERRED_CLAUSE = Pattern.compile(
            "\\bpreferred\\b|\\bis a plus\\b|\\bnice[- ]to[- ]have\\b|\\bbonus\\b|\\bdesired\\b|\\bdesirable\\b|\\badvantage",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|(?<=[.!?])\\s+(?=[A-Z])");
    private static final int MOST_YEARS = 40;

    private ExperienceExtractor() {}

    /** The required minimum in years, or null when the posting requires none. */
    static Integer extract(JdDocument doc) {
        int inRequirements = -1;
        int anywhere = -1;
        for (JdLine line : doc.lines()) {
            if (line.section() == SectionKind.PREFERRED || !mentionsYears(line.plain())) {
                continue;
            }
            OptionalInt years = largestRequired(line.plain());
            if (years.isPresent()) {
                anywhere = Math.max(anywhere, years.getAsInt());
                if (line.section() == SectionKind.REQUIRED) {
                    inRequirements = Math.max(inRequirements, years.getAsInt());
                }
            }
        }
        // a figure in the requirements beats one in the prose about the team or the pay
        int years = inRequirements >= 0 ? inRequirements : anywhere;
        return years >= 0 ? years : null;
    }

    /** A cheap test that spares the figure regex the many lines that say nothing about years. */
    private static boolean mentionsYears(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("year") || lower.contains("yr");
    }

    private static OptionalInt largestRequired(String line) {
        int largest = -1;
        for (String clause : CLAUSE_BREAK.split(line)) {
            if (PREFERRED_CLAUSE.matcher(clause).find()) {
                continue;
            }
            Matcher m = YEARS.matcher(clause);
            while (m.find()) {
                String after = m.group("after");
                boolean aboutExperience = !NOT_EXPERIENCE_AFTER.matcher(after).find()
                        && (EXPERIENCE_AFTER.matcher(after).find()
                                || EXPERIENCE_WORD.matcher(clause).find());
                int low = value(m.group("low"));
                if (aboutExperience && low <= MOST_YEARS) {
                    largest = Math.max(largest, low);
                }
            }
        }
        return largest >= 0 ? OptionalInt.of(largest) : OptionalInt.empty();
    }

    private static int value(String number) {
        String word = number.toLowerCase(Locale.ROOT);
        Integer fromWord = NUMBER_WORDS.get(word);
        return fromWord != null ? fromWord : Integer.parseInt(word);
    }
}
