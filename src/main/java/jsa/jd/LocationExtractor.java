package jsa.jd;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the primary location as the text writes it: a "Location:" label, an aggregator's 🌎 badge
 * or the posting's header (see {@link JdHeader}) without their setting words, or prose such as
 * "based in Toronto" and "must be located in Taiwan".
 */
final class LocationExtractor {
    private static final Pattern LABEL =
            Pattern.compile("(?i)^(?:job |work |primary |office )?location\\s*:\\s*(?<value>.*)$");
    private static final Pattern SETTING_WORDS = Pattern.compile(
            "(?i)\\b(?:office location or|remote|hybrid|on[- ]?site|wfh|anywhere)\\b|\\((?:wfh)?\\)|^[\\s,;/-]+|[\\s,;/.-]+$");
    // "(Hybrid, 3 days a week in office)" qualifies the setting as a whole, so it goes as a whole
    private static final Pattern SETTING_NOTE = Pattern.compile(
            "(?i)\\s*\\([^)]*\\b(?:remote|hybrid|on[- ]?site|in[- ]office|in[- ]person|wfh)\\b[^)]*\\)");
    // what is left of "Remote (US only)"
    private static final Pattern ONLY_NOTE = Pattern.compile("^\\((?<place>[^)]*?)(?: only)?\\)$");
    private static final Pattern PROSE = Pattern.compile(
            "\\b(?:based|located|located) in (?<place>(?:the )?[A-Z][\\w'’.-]*(?:,? (?:or |and )?[A-Z][\\w'’.-]*){0,5})");
    private static final int LONGEST = 80;

    private LocationExtractor() {}

    /** The location, or null when the text gives none. */
    static String extract(JdDocument doc) {
        List<JdLine> lines = doc.lines();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).plain();
            int badge = text.indexOf("🌎");
            if (badge >= 0) {
                String place = withoutSetting(text.substring(badge + "🌎".length()));
                if (place != null) {
                    return place;
                }
                continue;
            }
            Matcher label = LABEL.matcher(text);
            if (label.matches()) {
                String value = label.group("value").isBlank() && i + 1 < lines.size()
                        ? lines.get(i + 1).plain()
                        : label.group("value");
                String place = withoutSetting(value);
                if (place != null) {
                    return place;
                }
            }
        }
        String header = doc.header().place() == null
                ? null
                : withoutSetting(doc.header().place());
        if (header != null) {
            return header;
        }
        for (JdLine line : lines) {
            Matcher prose = PROSE.matcher(line.plain());
            if (prose.find()) {
                return withoutSetting(prose.group("place"));
            }
        }
        return null;
    }

    private static String withoutSetting(String value) {
        String place = SETTING_NOTE.matcher(value).replaceAll("");
        String before;
        do {
            before = place;
            place = SETTING_WORDS.matcher(place).replaceAll("").strip();
        } while (!place.equals(before));
        Matcher only = ONLY_NOTE.matcher(place);
        if (only.matches()) {
            place = only.group("place").strip();
        }
        return place.isEmpty() || place.length() > LONGEST ? null : place;
    }
}
