package jsa.jd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skills and tools a requirement can name, read once from {@code skills.txt}. Each line is a
 * canonical spelling with optional aliases after "|" ("Kubernetes|k8s"); a leading "=" makes the
 * match case-sensitive, for names that are also English words or single letters ("=Go", "=R").
 */
final class SkillVocabulary {
    // the lower-case names let most skills be ruled out with a cheap contains() before the regex runs
    private record Skill(String canonical, List<String> lowerNames, Pattern pattern) {}

    /** Where the skill at {@code skill} in the vocabulary is named in a text. */
    private record Mention(int skill, int start, int end) {}

    private static final List<Skill> SKILLS = load();

    private SkillVocabulary() {}

    /**
     * The canonical names of the skills {@code text} mentions, in vocabulary order, without repeats.
     * Where names overlap the longest mention wins: "Spring Boot" is Spring Boot, not also Spring.
     */
    static List<String> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < SKILLS.size(); i++) {
            Skill skill = SKILLS.get(i);
            if (skill.lowerNames().stream().anyMatch(lower::contains)) {
                Matcher m = skill.pattern().matcher(text);
                while (m.find()) {
                    mentions.add(new Mention(i, m.start(), m.end()));
                }
            }
        }
        mentions.sort(
                Comparator.comparingInt((Mention m) -> m.start() - m.end()).thenComparingInt(Mention::start));
        BitSet covered = new BitSet(text.length());
        Set<Integer> found = new TreeSet<>();
        for (Mention mention : mentions) {
            if (covered.get(mention.start(), mention.end()).isEmpty()) {
                covered.set(mention.start(), mention.end());
                found.add(mention.skill());
            }
        }
        return found.stream().map(i -> SKILLS.get(i).canonical()).toList();
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
        // longest alternative first, so "Google Cloud Platform" is not matched as "Google Cloud"
        Arrays.stream(names)
                .map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(name -> {
                    alternatives.add(Pattern.quote(name));
                    lowerNames.add(name.toLowerCase(Locale.ROOT));
                });
        // a single letter ("C", "R") must not be part of "C-suite" or "R&D"; longer names may touch a hyphen
        String edge = names[0].strip().length() == 1 ? "[\\p{L}\\p{N}_+#&'.-]" : "[\\p{L}\\p{N}_+#&]";
        String regex = "(?<!" + edge + ")(?:" + String.join("|", alternatives) + ")(?!" + edge + ")";
        int flags = exactCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new Skill(names[0].strip(), List.copyOf(lowerNames), Pattern.compile(regex, flags));
    }
}
