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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skills and tools jsa recognizes, read once from {@code skills.txt}. Each line is a canonical
 * spelling with optional aliases after "|" ("Kubernetes|k8s"); a leading "=" makes the match
 * case-sensitive, for names that are also English words or single letters ("=Go", "=R"); a
 * {@code ## } line names the section the lines under it belong to ("Databases").
 */
public final class SkillVocabulary {
    /**
     * One vocabulary line.
     *
     * @param index its position in the vocabulary
     * @param canonical the name it is listed under
     * @param spellings every way the line writes it, the canonical name first
     * @param section the kind of skill it is, from the {@code ## } heading above it
     */
    public record Skill(int index, String canonical, List<String> spellings, String section, Pattern pattern) {
        /** Whether {@code text} names this skill anywhere, by any spelling. */
        public boolean namedIn(String text) {
            return pattern.matcher(text).find();
        }
    }

    /** Where a text names a skill, and how it writes it. */
    public record Mention(Skill skill, int start, String text) {
        public int end() {
            return start + text.length();
        }
    }

    private static final List<Skill> SKILLS = load();
    // the lower-case names let most skills be ruled out with a cheap contains() before the regex runs
    private static final List<List<String>> LOWER_NAMES = SKILLS.stream()
            .map(skill -> skill.spellings().stream()
                    .map(name -> name.toLowerCase(Locale.ROOT))
                    .toList())
            .toList();

    private SkillVocabulary() {}

    /**
     * The skills {@code text} names, in the order it names them. Where names overlap the longest
     * mention wins: "Spring Boot" is Spring Boot, not also Spring.
     */
    public static List<Mention> mentions(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Mention> all = new ArrayList<>();
        for (int i = 0; i < SKILLS.size(); i++) {
            if (LOWER_NAMES.get(i).stream().anyMatch(lower::contains)) {
                Matcher m = SKILLS.get(i).pattern().matcher(text);
                while (m.find()) {
                    all.add(new Mention(SKILLS.get(i), m.start(), m.group()));
                }
            }
        }
        all.sort(Comparator.comparingInt((Mention m) -> -m.text().length()).thenComparingInt(Mention::start));
        BitSet covered = new BitSet(text.length());
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : all) {
            if (covered.get(mention.start(), mention.end()).isEmpty()) {
                covered.set(mention.start(), mention.end());
                kept.add(mention);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    /** The canonical names of the skills {@code text} mentions, in vocabulary order, without repeats. */
    public static List<String> find(String text) {
        return mentions(text).stream()
                .map(Mention::skill)
                .distinct()
                .sorted(Comparator.comparingInt(Skill::index))
                .map(Skill::canonical)
                .toList();
    }

    /** Every skill, in vocabulary order. */
    public static List<Skill> all() {
        return SKILLS;
    }

    private static List<Skill> load() {
        InputStream in = SkillVocabulary.class.getResourceAsStream("skills.txt");
        if (in == null) {
            throw new IllegalStateException("jsa/jd/skills.txt is missing from the build");
        }
        List<Skill> skills = new ArrayList<>();
        String section = "Other";
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.startsWith("## ")) {
                    section = line.substring(3).strip();
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    skills.add(skill(skills.size(), line, section));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(skills);
    }

    private static Skill skill(int index, String line, String section) {
        boolean exactCase = line.startsWith("=");
        List<String> names = Arrays.stream((exactCase ? line.substring(1) : line).split("\\|"))
                .map(String::strip)
                .toList();
        // longest alternative first, so "Google Cloud Platform" is not matched as "Google Cloud"
        List<String> alternatives = names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .toList();
        // a single letter ("C", "R") must not be part of "C-suite" or "R&D"; longer names may touch a hyphen
        String edge = names.get(0).length() == 1 ? "[\\p{L}\\p{N}_+#&'.-]" : "[\\p{L}\\p{N}_+#&]";
        String regex = "(?<!" + edge + ")(?:" + String.join("|", alternatives) + ")(?!" + edge + ")";
        int flags = exactCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new Skill(index, names.get(0), names, section, Pattern.compile(regex, flags));
    }
}
