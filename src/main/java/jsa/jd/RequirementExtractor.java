package jsa.jd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the lines under requirement headings into short requirement phrases with the skills they
 * name. Required items rank above preferred ones, and earlier items above later ones, because
 * postings list what matters most first.
 */
final class RequirementExtractor {
    private static final int MOST = 25;
    private static final int MOST_WORDS = 12;
    private static final int LONGEST_ITEM_WORDS = 45;
    private static final double REQUIRED_TOP = 0.9;
    private static final double REQUIRED_BOTTOM = 0.6;
    private static final double PREFERRED_TOP = 0.5;
    private static final double PREFERRED_BOTTOM = 0.3;

    // openings that add nothing to the phrase: "You have", "You are", "Must have", "Proven"
    private static final Pattern FILLER = Pattern.compile(
            "(?i)^(?:you (?:have|are|bring|will have|should have|possess)|you're|you've (?:got)?|we(?:'d| would) love"
                    + "|must have|must be|have|has|having|a|an)\\s+");
    // what follows these marks is a clause that explains, not the requirement itself
    private static final Pattern CLAUSE_END = Pattern.compile(
            ";|\\s[—–-]\\s|\\.\\s|\\s\\(e\\.g\\.|,? e\\.g\\.|, (?:with|including|such as|ideally|preferably|especially|which|where|and ideally) ");
    // a phrase cut at the word limit must not end on "and", "of" or a comma
    private static final Pattern DANGLING = Pattern.compile(
            "(?i)(?:[\\s,;:]+(?:and|or|with|of|in|to|the|a|an|for|including|such|as|on|at|by|from)\\b)*[\\s,;:]*$");
    private static final Pattern ABOUT_US =
            Pattern.compile("(?i)^(?:we|we're|we’re|we've|our|us|there (?:is|are)|this|if)\\b");
    // pay, benefits, equal opportunity and how to apply are about the job offer, never what it asks for
    private static final Pattern ABOUT_THE_OFFER =
            Pattern.compile("(?i)^(?:salary|pay|compensation|wages?|rate|benefits|perks|how to apply|to apply|apply)\\b"
                    + "|\\b(?:salary range|pay range|base (?:pay|salary)|hourly rate|per hour|equal (?:opportunity|employment)"
                    + "|eeo|apply (?:now|here|today|online)|submit (?:your|a) (?:resume|cv|application)"
                    + "|paid time off|401\\(?k)\\b");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^[A-Z][\\w &/'-]{2,40}:\\s+(?=\\S)");

    private record Item(String text, List<String> keywords, int order) {}

    private RequirementExtractor() {}

    static List<JdRequirement> extract(JdDocument doc) {
        List<Item> required = new ArrayList<>();
        List<Item> preferred = new ArrayList<>();
        boolean sectionEnded = false;
        for (JdLine line : doc.lines()) {
            if (line.heading()) {
                sectionEnded = false;
                continue;
            }
            // a long paragraph after the list is the employer's boilerplate, not one more requirement
            sectionEnded |= line.plain().split(" ").length > LONGEST_ITEM_WORDS;
            boolean isRequired = line.section() == SectionKind.REQUIRED;
            if (sectionEnded || line.isBlank() || !isRequired && line.section() != SectionKind.PREFERRED) {
                continue;
            }
            String phrase = phrase(line.plain());
            if (phrase != null) {
                List<Item> list = isRequired ? required : preferred;
                list.add(new Item(phrase, SkillVocabulary.find(line.plain()), list.size()));
            }
        }
        List<JdRequirement> all = new ArrayList<>();
        addRanked(required, REQUIRED_TOP, REQUIRED_BOTTOM, all);
        addRanked(preferred, PREFERRED_TOP, PREFERRED_BOTTOM, all);
        all.sort(Comparator.comparingDouble(JdRequirement::relevance).reversed());
        return List.copyOf(all.subList(0, Math.min(MOST, all.size())));
    }

    private static void addRanked(List<Item> items, double top, double bottom, List<JdRequirement> out) {
        for (Item item : items) {
            double step = items.size() > 1 ? (top - bottom) / (items.size() - 1) : 0;
            double relevance = Math.round((top - step * item.order()) * 100) / 100.0;
            out.add(new JdRequirement(item.text(), item.keywords(), relevance));
        }
    }

    /**
     * The requirement as a short phrase, or null for a line that is not one: too short, a question,
     * the employer talking about itself ("We're looking for someone who...") or about the offer.
     */
    static String phrase(String line) {
        String text = line.strip();
        if (text.endsWith("?")
                || ABOUT_US.matcher(text).find()
                || ABOUT_THE_OFFER.matcher(text).find()) {
            return null;
        }
        // "Frontend Expertise: Advanced knowledge of ..." — the label repeats what follows
        if (LABEL_PREFIX.matcher(text).find() && text.split("\\s+").length > 6) {
            text = LABEL_PREFIX.matcher(text).replaceFirst("");
        }
        text = FILLER.matcher(FILLER.matcher(text).replaceFirst("")).replaceFirst("");
        String[] clause = CLAUSE_END.split(text, 2);
        text = clause[0].replaceAll("[\\s.,:;!]+$", "").strip();
        String[] words = text.split("\\s+");
        if (words.length < 2) {
            return null;
        }
        if (words.length > MOST_WORDS) {
            text = DANGLING.matcher(String.join(" ", Arrays.copyOf(words, MOST_WORDS)))
                    .replaceAll("");
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.length() > 200 ? text.substring(0, 200).strip() : text;
    }
}
