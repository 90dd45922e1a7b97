package jsa.jd;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the employer's name. A label ("Company: ...") or an aggregator's header line decides at once;
 * otherwise the posting's own header (see {@link JdHeader}) and the phrases employers use about
 * themselves ("About Stripe", "At Ramp, we", "Yahoo is an equal opportunity employer", "join
 * League") vote, and the name with the most weight wins. Voting,
 * rather than taking the first capitalized phrase, keeps a product or team name from winning.
 */
final class CompanyExtractor {
    // a name: capitalized words, possibly with digits and marks ("Logic20/20", "Children's Mercy", "AT&T")
    private static final String WORD = "[A-Z](?:[\\w&'’/-]|\\.(?=\\w))*";
    private static final String NAME = "(?<name>" + WORD + "(?: (?:" + WORD + "|&|of|de|do|and|for)){0,4})";
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:company|company name|employer|organi[sz]ation|hiring company)\\s*:\\s*(?<value>\\S.{0,100})$");
    private static final Pattern ABOUT_HEADING =
            Pattern.compile("^(?:About|ABOUT|Who is|WHO IS|Why join|Life at|.{0,30} at) (?:the )?" + NAME + "[?!:]?$");

    // a header line ("Title at Company", "Company - City") outweighs one phrase but not an "About" heading
    private static final int HEADER_WEIGHT = 6;

    private record Phrase(Pattern pattern, int weight) {}

    private static final List<Phrase> PHRASES = List.of(
            phrase("(?:^|[.!?] )At " + NAME + ",? we\\b", 4),
            phrase("(?:^|[.!?] )At " + NAME + ", (?!we\\b)", 3),
            phrase("\\b(?:role|job|career|position|opportunity|opportunities|work) at " + NAME, 2),
            phrase("(?:^|[.!?] )(?:We are|We're) " + NAME + "[.!]", 5),
            phrase("\\b" + NAME + " (?:is|are) (?:proud to be )?an equal (?:opportunity|employment)", 5),
            phrase("\\b" + NAME + " (?:is|are) (?:looking for|hiring|seeking)\\b", 5),
            phrase("\\b(?:[Jj]oin|[Jj]oining|work for|[Ww]ork at|interest in|career at|careers at) " + NAME + "\\b", 3),
            phrase("(?:^|[.!?] )" + NAME + " (?:is|are) (?:a|an|the|building|proud|dedicated|committed)\\b", 3),
            phrase("(?:^|[.!?] )" + NAME + " (?:has|have) been\\b", 2),
            phrase("\\b" + NAME + " (?:was|were) founded\\b", 2),
            phrase(
                    "(?:^|[.!?] )" + NAME + " (?:builds|serves|offers|provides|helps|makes|creates|powers|develops)\\b",
                    2));
    // words that start sentences or headings and are never an employer's name on their own
    private static final Set<String> NOT_NAMES = Set.of(
            "we",
            "our",
            "the",
            "this",
            "you",
            "your",
            "it",
            "us",
            "team",
            "role",
            "the role",
            "the team",
            "job",
            "company",
            "position",
            "here",
            "there",
            "they",
            "each",
            "every",
            "all",
            "if",
            "what",
            "who",
            "why",
            "how",
            "when",
            "where",
            "as",
            "in",
            "at",
            "for",
            "a",
            "an",
            "one",
            "candidates",
            "applicants",
            "employees");

    private CompanyExtractor() {}

    private static Phrase phrase(String regex, int weight) {
        return new Phrase(Pattern.compile(regex), weight);
    }

    /** The employer, or null when no line names it. */
    static String extract(JdDocument doc) {
        String stated = stated(doc);
        if (stated != null) {
            return stated;
        }
        Map<String, Integer> votes = new HashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        if (doc.header().company() != null) {
            vote(doc.header().company(), HEADER_WEIGHT, votes, spelling);
        }
        for (JdLine line : doc.lines()) {
            String text = line.plain();
            if (line.heading()) {
                Matcher about = ABOUT_HEADING.matcher(text);
                if (about.matches()) {
                    vote(
                            about.group("name"),
                            text.startsWith("About") || text.startsWith("ABOUT") ? 10 : 5,
                            votes,
                            spelling);
                }
            }
            for (Phrase phrase : PHRASES) {
                Matcher m = phrase.pattern().matcher(text);
                while (m.find()) {
                    vote(m.group("name"), phrase.weight(), votes, spelling);
                }
            }
        }
        return votes.entrySet().stream()
                .filter(e -> e.getValue() >= 3)
                .max(Map.Entry.comparingByValue())
                .map(e -> spelling.get(e.getKey()))
                .orElse(null);
    }

    /** A "Company:" label, or the "### Company" line right under a "# [Title](link)" header. */
    private static String stated(JdDocument doc) {
        List<JdLine> lines = doc.lines().stream().filter(l -> !l.isBlank()).toList();
        for (JdLine line : lines.subList(0, Math.min(15, lines.size()))) {
            Matcher label = LABEL.matcher(line.plain());
            if (label.matches()) {
                return label.group("value").strip();
            }
        }
        if (lines.size() > 1
                && lines.get(0).raw().startsWith("# ")
                && lines.get(1).raw().matches("#{2,6} .*")) {
            String name = lines.get(1).plain();
            return name.split(" ").length <= 6 ? name : null;
        }
        return null;
    }

    private static void vote(String raw, int weight, Map<String, Integer> votes, Map<String, String> spelling) {
        String name = raw.replaceAll("['’]s$", "").replaceAll("[.,:;!?]+$", "").strip();
        if (name.startsWith("The ")) {
            name = name.substring(4);
        }
        String key = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (name.isEmpty() || NOT_NAMES.contains(key) || NOT_NAMES.contains(key.split(" ")[0])) {
            return;
        }
        votes.merge(key, weight, Integer::sum);
        // "RAMP" in a shouted heading, "Ramp" in the prose: keep the prose spelling
        spelling.merge(key, name, (old, now) -> old.equals(old.toUpperCase(Locale.ROOT)) ? now : old);
    }
}
