package jsa.jd;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a title into level, role and specialization: "Senior Software Engineer, Payments" is level
 * "senior", role "Software Engineer", specialization "Payments". The specialization follows a comma,
 * a dash or stands in parentheses; employment terms there ("Contractor", "m/f/x") are not one.
 *
 * @param level the seniority, or null
 * @param role the title without level and specialization, or null
 * @param specialization the area within the role, or null
 */
record LevelAndRole(String level, String role, String specialization) {
    private static final LevelAndRole NONE = new LevelAndRole(null, null, null);
    // seniority words; the one that comes first in the title names the level
    private static final Map<Pattern, String> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put(word("intern(?:ship)?|co-op|apprentice"), "intern");
        LEVELS.put(word("junior|jr\\.?|entry[- ]level|graduate"), "junior");
        LEVELS.put(word("mid[- ]level|mid|intermediate"), "mid");
        LEVELS.put(word("senior|sr\\.?"), "senior");
        LEVELS.put(word("staff"), "staff");
        LEVELS.put(word("principal|distinguished"), "principal");
        LEVELS.put(word("lead|tech lead|team lead"), "lead");
        LEVELS.put(word("director|head of|vp|vice president"), "director");
        LEVELS.put(word("manager"), "manager");
    }

    private static final Pattern NOT_SPECIALIZATION = Pattern.compile(
            "(?i)^(?:contract(?:or)?|freelance|full[- ]time|part[- ]time|temporary|remote|hybrid|on[- ]?site|"
                    + "[mfwdx]/[mfwdx](?:/[mfwdx])?|all genders|\\d+ months?)$");
    private static final Pattern SPECIALIZATION_MARK = Pattern.compile("\\s*(?:,|\\s--?\\s|\\s[–—]\\s|\\s--)\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");
    // words that only mark seniority and leave nothing of the role when removed
    private static final Pattern SENIORITY_ONLY = Pattern.compile(
            "(?i)\\b(?:intern(?:ship)?|junior|jr\\.?|entry[- ]level|mid[- ]level|senior|sr\\.?|staff|principal|"
                    + "distinguished)(?=\\s|$)|\\blead(?=\\s)");
    // the role ends where lower-case words that are not connectors start: "Data Scientist onsite or remote"
    private static final Pattern ROLE_END = Pattern.compile("\\s(?!(?:of|and|for|in|to|the)\\b)[a-z].*$");

    private static Pattern word(String alternatives) {
        return Pattern.compile("(?i)(?<![\\w-])(?:" + alternatives + ")(?![\\w-])");
    }

    static LevelAndRole of(String title) {
        if (title == null || title.isBlank()) {
            return NONE;
        }
        String specialization = null;
        String rest = title;
        Matcher parentheses = PARENTHESES.matcher(rest);
        StringBuilder withoutParentheses = new StringBuilder();
        while (parentheses.find()) {
            String inside = parentheses.group(1).strip();
            if (specialization == null
                    && !inside.isEmpty()
                    && !NOT_SPECIALIZATION.matcher(inside).matches()
                    && !LEVELS.keySet().stream().anyMatch(p -> p.matcher(inside).matches())) {
                specialization = inside;
            }
            parentheses.appendReplacement(withoutParentheses, " ");
        }
        parentheses.appendTail(withoutParentheses);
        rest = withoutParentheses.toString();
        String[] parts = SPECIALIZATION_MARK.split(rest, 2);
        if (parts.length == 2) {
            String after = parts[1].replaceAll("\\s+", " ").strip();
            if (!after.isEmpty() && !NOT_SPECIALIZATION.matcher(after).matches() && specialization == null) {
                specialization = after;
            }
            rest = parts[0];
        }
        String level = level(title);
        String role = SENIORITY_ONLY
                .matcher(rest)
                .replaceAll(" ")
                .replaceAll("\\s+", " ")
                .strip();
        role = ROLE_END.matcher(role).replaceFirst("");
        return new LevelAndRole(level, role.isEmpty() ? null : role, specialization);
    }

    /** The seniority word that comes first: "Senior Product Manager" is senior, not manager. */
    private static String level(String title) {
        String level = null;
        int earliest = Integer.MAX_VALUE;
        for (Map.Entry<Pattern, String> entry : LEVELS.entrySet()) {
            Matcher m = entry.getKey().matcher(title);
            if (m.find() && m.start() < earliest) {
                earliest = m.start();
                level = entry.getValue();
            }
        }
        return level;
    }

    /** Without a "specialization" that is only the posting's place: "Engineer (Colombia)". */
    LevelAndRole withoutPlace(String location) {
        boolean place = specialization != null
                && location != null
                && location.toLowerCase(Locale.ROOT).contains(specialization.toLowerCase(Locale.ROOT));
        return place ? new LevelAndRole(level, role, null) : this;
    }
}
