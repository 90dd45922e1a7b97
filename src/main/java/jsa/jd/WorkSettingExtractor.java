package jsa.jd;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides remote, hybrid or onsite from explicit statements only. Mentions such as "home-office
 * equipment" or "in-office perks" say nothing about the role, so each setting has its own phrases;
 * label, badge and header lines ("Location: Remote", "#LI-Remote", "Acme - Portland (On-site)")
 * weigh more than prose, and a negated or qualified mention ("not remote", "intermittent remote")
 * does not count for remote.
 */
final class WorkSettingExtractor {
    private enum Setting {
        HYBRID,
        REMOTE,
        ONSITE
    }

    private record Cue(Setting setting, Pattern pattern, int weight) {}

    private static final List<Cue> CUES = List.of(
            cue(Setting.REMOTE, "\\bli-remote\\b", 3),
            cue(Setting.HYBRID, "\\bli-hybrid\\b", 3),
            cue(Setting.ONSITE, "\\bli-onsite\\b", 3),
            cue(Setting.REMOTE, "\\b(?:100%|fully|full[- ]?time|completely|entirely|totally) remote\\b", 2),
            cue(Setting.REMOTE, "\\bremote[- ]first\\b", 2),
            cue(Setting.REMOTE, "\\bremote[- ](?:position|role|job|opportunity|eligible|friendly)\\b", 2),
            cue(Setting.REMOTE, "\\b(?:role|position|job) is (?:fully |100% )?remote\\b", 2),
            cue(Setting.REMOTE, "\\bwork (?:remotely|from anywhere)\\b", 2),
            cue(Setting.REMOTE, "\\bremote (?:within|from|in|across) ", 2),
            // a setting in parentheses after a place or title, "Portland, OR (On-site)"; "(Hybrid)" is a hybrid word
            cue(Setting.REMOTE, "\\((?:fully |100% )?remote(?:[,;][^)]*)?\\)", 2),
            cue(Setting.ONSITE, "\\((?:fully |100% )?(?:on[- ]?site|in[- ]office|in[- ]person)(?:[,;][^)]*)?\\)", 2),
            cue(Setting.REMOTE, "\\bwork from home\\b|\\bwfh\\b", 1),
            cue(Setting.HYBRID, "\\bhybrid\\b(?! cloud| app)", 2),
            cue(Setting.HYBRID, "\\b\\d+ days? (?:a|per|each) week (?:in|at|from) (?:the |our |an )?office", 2),
            cue(Setting.HYBRID, "\\bin (?:the |our )?office \\d+ days", 2),
            cue(Setting.HYBRID, "\\bin one of our offices at least\\b", 2),
            cue(Setting.HYBRID, "\\bat home and on[- ]?site\\b|\\bon[- ]?site and (?:at home|remote)", 2),
            cue(Setting.HYBRID, "\\b(?:intermittent(?:ly)?|partially|partly) remote\\b", 2),
            cue(Setting.ONSITE, "\\boffice[- ]based\\b", 2),
            cue(Setting.ONSITE, "\\b(?:on[- ]?site|in[- ]office|in[- ]person) (?:role|position|job)\\b", 2),
            cue(
                    Setting.ONSITE,
                    "\\b(?:role|position|job|work) (?:is|will be) (?:performed |located |based )?"
                            + "(?:fully |100% )?(?:on[- ]?site|in[- ]office|in[- ]person)\\b",
                    2),
            cue(Setting.ONSITE, "\\bperformed on[- ]?site\\b|\\bfully on[- ]?site\\b", 2),
            cue(Setting.ONSITE, "\\b(?:not|no|non)[- ](?:a )?remote\\b", 1));
    // label lines whose value is the setting: "Location: Remote", "Telecommuting Options: Onsite", badges
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:(?:work(?:place)?|job|location|telecommut\\w*|remote|work setting|work arrangement|"
                    + "workplace type|location type|work model|office)[\\w /-]{0,20}:)\\s*(?<value>.*)$");
    private static final List<String> SETTING_HINTS =
            List.of("remote", "hybrid", "office", "site", "person", "home", "wfh", "anywhere");
    private static final Pattern REMOTE_WORD = Pattern.compile("(?i)\\bremote\\b");
    private static final Pattern HYBRID_WORD = Pattern.compile("(?i)\\bhybrid\\b");
    private static final Pattern ONSITE_WORD =
            Pattern.compile("(?i)\\bon[- ]?site\\b|\\bin[- ]office\\b|\\bin[- ]person\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:not|no|non|never|isn't|cannot|can't|unable to offer|intermittent(?:ly)?|partially|partly)\\W+(?:\\w+\\W+)?$");

    private WorkSettingExtractor() {}

    private static Cue cue(Setting setting, String regex, int weight) {
        return new Cue(setting, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), weight);
    }

    /** "remote", "hybrid", "onsite", or null when the posting does not say. */
    static String extract(JdDocument doc) {
        Map<Setting, Integer> score = new EnumMap<>(Setting.class);
        if (doc.header().place() != null) {
            scoreValue(doc.header().place(), score);
        }
        List<JdLine> lines = doc.lines();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).plain();
            labelValue(text, i > 0 ? lines.get(i - 1).plain() : "", score);
            if (!mentionsSetting(text)) {
                continue;
            }
            for (Cue cue : CUES) {
                Matcher m = cue.pattern().matcher(text);
                while (m.find()) {
                    boolean negated = cue.setting() != Setting.ONSITE
                            && NEGATION.matcher(text.substring(0, m.start())).find();
                    if (!negated) {
                        score.merge(cue.setting(), cue.weight(), Integer::sum);
                    }
                }
            }
        }
        // equal evidence for two settings means a mix, and hybrid names a mix best
        return score.entrySet().stream()
                .max(Map.Entry.<Setting, Integer>comparingByValue()
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT))
                .orElse(null);
    }

    /** Whether any cue could match: most lines mention none of these words, and the cues are many. */
    private static boolean mentionsSetting(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return SETTING_HINTS.stream().anyMatch(lower::contains);
    }

    private static boolean remoteStated(String value) {
        Matcher remote = REMOTE_WORD.matcher(value);
        return remote.find()
                && !NEGATION.matcher(value.substring(0, remote.start())).find();
    }

    /** A badge or label line, or a value line under a label heading ("Telecommuting Options:" / "Onsite"). */
    private static void labelValue(String text, String previous, Map<Setting, Integer> score) {
        Matcher label = LABEL.matcher(text);
        String value = null;
        int badge = text.indexOf("🌎");
        if (badge >= 0) {
            value = text.substring(badge + "🌎".length());
        } else if (label.matches()) {
            value = label.group("value");
        } else if (text.split(" ").length <= 4 && LABEL.matcher(previous).matches() && previous.endsWith(":")) {
            value = text;
        }
        if (value != null && !value.isBlank()) {
            scoreValue(value, score);
        }
    }

    /** The value of a label or header field, which names the setting outright. */
    private static void scoreValue(String value, Map<Setting, Integer> score) {
        if (HYBRID_WORD.matcher(value).find()) {
            score.merge(Setting.HYBRID, 3, Integer::sum);
        } else if (remoteStated(value)) {
            score.merge(Setting.REMOTE, 3, Integer::sum);
        } else if (ONSITE_WORD.matcher(value).find()) {
            score.merge(Setting.ONSITE, 3, Integer::sum);
        }
    }
}
