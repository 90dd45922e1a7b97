package jsa.jd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The skills and tools a requirement can name, read once from {@code skills.txt}. Each line is a
 * canonical spelling with optional aliases after "|" ("Kubernetes|k8s"); a leading "=" makes the
 * match case-sensitive, for names that are also English words or single letters ("=Go", "=R").
 */
final class SkillVocabulary {
    // the lower-case names let most skills be ruled out with a cheap contains() before the regex runs
    private record Skill(String canonical, List<String> lowerNames, Pattern pattern) {}

    private static final List<Skill> SKILLS = load();

    private SkillVocabulary() {}

    /** The canonical names of the skills {@code text} mentions, in vocabulary order, without repeats. */
    static List<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Skill skill : SKILLS) {
            if (skill.lowerNames().stream().anyMatch(lower::contains)
                    && skill.pattern().matcher(text).find()) {
                found.add(skill.canonical());
            }
        }
        return List.copyOf(found);
    }

    private static List<Skill> load() {
        InputStream in = SkillVocabulary.class.getResourceAsStream("skills.txt");
        if (in == null) {
            throw new IllegalStateException("jsa/jd/skills.txt is missing from the build");
        }
        List<Skill> skills = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    skills.add(skill(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(skills);
    }

    private static Skill skill(String line) {
        boolean exactCase = line.startsWith("=");
        String[] names = (exactCase ? line.substring(1) : line).split("\\|");
        List<String> alternatives = new ArrayList<>();
        List<String> lowerNames = new ArrayList<>();
        for (String name : names) {
            alternatives.add(Pattern.quote(name.strip()));
            lowerNames.add(name.strip().toLowerCase(Locale.ROOT));
        }
        // a single letter ("C", "R") must not be part of "C-suite" or "R&D"; longer names may touch a hyphen
        String edge = names[0].strip().length() == 1 ? "[\\p{L}\\p{N}_+#&'.-]" : "[\\p{L}\\p{N}_+#&]";
        String regex = "(?<!" + edge + ")(?:" + String.join("|", alternatives) + ")(?!" + edge + ")";
        int flags = exactCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new Skill(names[0].strip(), List.copyOf(lowerNames), Pattern.compile(regex, flags));
    }
}
