package jsa.jd;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the job title. A markdown title line, an aggregator's "# [Title](link)", a "Job Title:"
 * label or a first line that names a role (see {@link JdHeader}) states it; otherwise the prose
 * that introduces the role does ("As a Senior Engineer at X",
 * "We are looking for a Data Analyst who", "The Data Engineer provides"). Prose matches must end in
 * a job noun (Engineer, Analyst, Manager...) so that team and product names are not taken for titles.
 */
final class TitleExtractor {
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:job title|position title|title|position|role|job|job name|opening)\\s*:\\s*(?<value>\\S.{0,150})$");
    private static final String WORD = "(?:\\(?[A-Z][\\w/&+#.'’-]*\\)?|of|and|&|for|-)";
    private static final String TITLE = "(?<title>" + WORD + "(?: " + WORD + "){0,7})";
    private static final List<Pattern> PROSE = List.of(
            Pattern.compile("\\bAs (?:an? |the )?" + TITLE
                    + "(?<spec>, [A-Z][\\w&/ +#.-]{1,40}?)?(?:,? (?:at [A-Z]|you\\b|we\\b))"),
            Pattern.compile(
                    "\\b(?:looking for|seeking|hiring|to hire) (?:an?|the|our) (?:(?:talented|motivated|experienced|"
                            + "passionate|skilled|new|first|dedicated) )*" + TITLE + "(?=\\b)"),
            Pattern.compile("(?:^|[.!?] )The " + TITLE + "(?=, | (?:will|is|are|can|must|should)\\b| [a-z]+s\\b)"));
    private static final Set<String> JOB_NOUNS = Set.of(
            "engineer",
            "developer",
            "analyst",
            "scientist",
            "manager",
            "director",
            "lead",
            "designer",
            "architect",
            "consultant",
            "representative",
            "executive",
            "specialist",
            "administrator",
            "accountant",
            "intern",
            "coordinator",
            "officer",
            "associate",
            "partner",
            "technician",
            "researcher",
            "writer",
            "editor",
            "strategist",
            "advisor",
            "adviser",
            "recruiter",
            "assistant",
            "nurse",
            "agent",
            "head",
            "president",
            "vp",
            "programmer",
            "tester",
            "owner",
            "marketer",
            "planner",
            "controller",
            "auditor",
            "counsel",
            "attorney",
            "economist",
            "statistician",
            "operator",
            "supervisor",
            "trainer",
            "instructor",
            "teacher",
            "product manager",
            "sre",
            "dba",
            "generalist",
            "buyer",
            "producer",
            "investigator",
            "expert",
            "practitioner",
            "therapist",
            "pharmacist",
            "physician",
            "clinician",
            "technologist",
            "counselor",
            "psychologist",
            "paralegal",
            "bookkeeper",
            "underwriter",
            "actuary",
            "clerk",
            "cashier",
            "receptionist",
            "driver",
            "mechanic",
            "electrician",
            "machinist",
            "inspector",
            "chef",
            "cook",
            "worker",
            "aide",
            "caregiver",
            "professor",
            "lecturer",
            "tutor");
    private static final int MOST_WORDS = 14;

    private TitleExtractor() {}

    /** The title, or null when the text does not state one. */
    static String extract(JdDocument doc) {
        List<JdLine> lines = doc.lines().stream().filter(l -> !l.isBlank()).toList();
        for (JdLine line : lines.subList(0, Math.min(15, lines.size()))) {
            Matcher label = LABEL.matcher(line.plain());
            if (label.matches()) {
                return clean(label.group("value"));
            }
        }
        // a document that opens with "# Title" or "# [Title](link)" names itself
        if (!lines.isEmpty() && lines.get(0).raw().matches("#\\s+\\S.*")) {
            String title = clean(lines.get(0).plain());
            if (title != null) {
                return title;
            }
        }
        if (doc.header().title() != null) {
            String title = clean(doc.header().title());
            if (title != null) {
                return title;
            }
        }
        for (JdLine line : doc.lines()) {
            String title = fromProse(line.plain());
            if (title != null) {
                return title;
            }
        }
        return null;
    }

    private static String fromProse(String text) {
        for (Pattern pattern : PROSE) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String title = m.group("title")
                        .replaceAll("[-&]$|\\s(?:of|and|for|-)$", "")
                        .strip();
                if (endsInJobNoun(title)) {
                    String spec = pattern.pattern().contains("?<spec>") ? m.group("spec") : null;
                    return clean(spec == null ? title : title + spec);
                }
            }
        }
        return null;
    }

    /** Whether the last word of {@code title} names a job (Engineer, Analyst...), so it is not a team or product. */
    static boolean endsInJobNoun(String title) {
        String[] words = title.toLowerCase(Locale.ROOT).split(" ");
        return JOB_NOUNS.contains(words[words.length - 1].replaceAll("[^a-z]", ""));
    }

    /** Trimmed, without trailing punctuation; null when it reads like a sentence rather than a title. */
    private static String clean(String raw) {
        String title = raw.replaceAll("[\\s.,:;]+$", "").strip();
        if (title.isEmpty() || title.split("\\s+").length > MOST_WORDS || title.endsWith(".")) {
            return null;
        }
        return title;
    }
}
