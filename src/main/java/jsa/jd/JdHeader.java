package jsa.jd;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the top of a plain posting states the way a letterhead does. The first line may name the
 * role on its own ("Technical Support Specialist (Part-Time)"), with its employer ("Data Engineer
 * at Harbor Health") or with employer and place ("Data Engineer | Harbor Health | Toronto"); under a
 * title line, a line such as "Contoso Outfitters - Portland, OR (On-site)" names employer and place,
 * or the employer alone on one line and the place on the next ("Woodgrove Freight", then "Seattle,
 * WA (Hybrid)").
 *
 * @param title the title the first line states, or null
 * @param company the employer the header names, or null
 * @param place the rest of the header as written, which may mix a place and a work setting, or null
 */
record JdHeader(String title, String company, String place) {
    static final JdHeader NONE = new JdHeader(null, null, null);

    // "|", "·" and "•" only ever separate fields; a dash may also sit inside a title ("Engineer - Contract")
    private static final Pattern FIELD_MARK = Pattern.compile("\\s+[|·•]\\s+");
    private static final Pattern FIELD_OR_DASH = Pattern.compile("\\s+[|·•–—-]\\s+");
    private static final Pattern TITLE_AT_COMPANY = Pattern.compile("^(?<title>.+?) at (?<company>[A-Z].*)$");
    // a title's core ends before its notes: "(Part-Time)", ", Payments", " - Contract"
    private static final Pattern TITLE_NOTES = Pattern.compile("\\s*(?:\\(.*|,.*|\\s[–—-]\\s.*)$");
    private static final String NAME_WORD = "[A-Z0-9][\\w&'’./-]*";
    private static final Pattern NAME =
            Pattern.compile(NAME_WORD + "(?: (?:" + NAME_WORD + "|&|of|and|de|the|for)){0,5}");
    // capitalized words that start a header line without naming an employer
    private static final Pattern NOT_COMPANY = Pattern.compile(
            "(?i)^(?:remote|hybrid|on[- ]?site|in[- ]office|full[- ]time|part[- ]time|contract|temporary|"
                    + "permanent|freelance|internship|location|salary|posted|apply)\\b");
    // headings that happen to end in a job noun: "About the Hiring Manager", "Meet your Recruiter"
    private static final Pattern NOT_TITLE =
            Pattern.compile("(?i)^(?:about|who|what|why|how|our|your|the|join|meet|we)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]$");
    // a line that is only a place: "City, Region" or "Remote", with a setting note at most
    private static final Pattern PLACE_LINE = Pattern.compile(
            "^(?:[A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*)*, [A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*)*|Remote)(?: \\([^)]*\\))?$");
    private static final int MOST_TITLE_WORDS = 10;
    private static final int MOST_LINE_WORDS = 14;

    /** The header of {@code lines}: their first two or three non-blank lines, read as above. */
    static JdHeader of(List<JdLine> lines) {
        List<JdLine> top = lines.stream().filter(l -> !l.isBlank()).limit(3).toList();
        if (top.isEmpty() || !headerLike(top.get(0).plain())) {
            return NONE;
        }
        JdLine first = top.get(0);
        List<String> fields = Arrays.asList(FIELD_MARK.split(first.plain()));
        String title = fields.get(0);
        String company = null;
        Matcher at = TITLE_AT_COMPANY.matcher(title);
        if (at.matches() && isTitle(at.group("title")) && isName(at.group("company"))) {
            title = at.group("title");
            company = at.group("company");
        }
        if (!isTitle(title)) {
            // a markdown "# Title" line is the title extractor's; the line under it can still be read
            return first.raw().startsWith("#") && top.size() > 1 ? underTitle(null, top.subList(1, top.size())) : NONE;
        }
        List<String> rest = fields.subList(1, fields.size());
        if (company == null && !rest.isEmpty() && isName(rest.get(0))) {
            company = rest.get(0);
            rest = rest.subList(1, rest.size());
        }
        if (company == null && top.size() > 1) {
            return underTitle(title, top.subList(1, top.size()));
        }
        return new JdHeader(title, company, rest.isEmpty() ? null : String.join(", ", rest));
    }

    /**
     * "Company - Place (setting)" under the title line, or the company alone with a line that is
     * only a place under it; nothing when the lines say something else.
     */
    private static JdHeader underTitle(String title, List<JdLine> below) {
        JdLine second = below.get(0);
        String text = second.plain();
        List<String> fields = Arrays.asList(FIELD_OR_DASH.split(text));
        if (second.bullet() || !headerLike(text) || !isName(fields.get(0))) {
            return new JdHeader(title, null, null);
        }
        if (fields.size() > 1) {
            return new JdHeader(title, fields.get(0), String.join(", ", fields.subList(1, fields.size())));
        }
        if (below.size() > 1
                && !below.get(1).bullet()
                && PLACE_LINE.matcher(below.get(1).plain()).matches()) {
            return new JdHeader(title, text, below.get(1).plain());
        }
        return new JdHeader(title, null, null);
    }

    /** Short, not a sentence, not a "Label: value" line. */
    private static boolean headerLike(String text) {
        return !text.isEmpty()
                && text.split(" ").length <= MOST_LINE_WORDS
                && !SENTENCE_END.matcher(text).find()
                && !text.contains(": ");
    }

    private static boolean isTitle(String text) {
        String core = TITLE_NOTES.matcher(text).replaceFirst("");
        return !core.isEmpty()
                && Character.isUpperCase(core.charAt(0))
                && !NOT_TITLE.matcher(core).find()
                && core.split(" ").length <= MOST_TITLE_WORDS
                && TitleExtractor.endsInJobNoun(core);
    }

    private static boolean isName(String text) {
        return NAME.matcher(text).matches() && !NOT_COMPANY.matcher(text).find();
    }
}
