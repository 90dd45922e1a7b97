package jsa.resume;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jsa.jd.SkillVocabulary;
import jsa.jd.SkillVocabulary.Mention;

/**
 * What a phrase is about, as the offline resume writers compare it with a job's requirements: the
 * skills it names, by canonical name ("k8s" and "Kubernetes" are both Kubernetes, "Java 17" is
 * Java), and the stems of its other words, lower case and without {@link StopWords}. A word that is
 * part of a skill's name counts only as the skill, so "Apache Kafka" is not also the word "apache".
 *
 * @param skills canonical skill names
 * @param stems word stems, by {@link #stem}
 */
public record Keywords(Set<String> skills, Set<String> stems) {
    /** No keywords at all. */
    static final Keywords NONE = new Keywords(Set.of(), Set.of());

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public Keywords {
        skills = Set.copyOf(skills);
        stems = Set.copyOf(stems);
    }

    /** The keywords of {@code text}. */
    public static Keywords of(String text) {
        Set<String> skills = new TreeSet<>();
        BitSet named = new BitSet(text.length());
        for (Mention mention : SkillVocabulary.mentions(text)) {
            skills.add(mention.skill().canonical());
            named.set(mention.start(), mention.end());
        }
        Set<String> stems = new TreeSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            // figures and single letters ("5+ years", "A/B") say nothing about the subject
            boolean meaningful = lower.length() > 1 && lower.chars().anyMatch(Character::isLetter);
            if (meaningful && named.get(word.start(), word.end()).isEmpty() && !StopWords.contains(lower)) {
                stems.add(stem(lower));
            }
        }
        return new Keywords(skills, stems);
    }

    /** The keywords of both. */
    Keywords and(Keywords other) {
        Set<String> allSkills = new TreeSet<>(skills);
        allSkills.addAll(other.skills);
        Set<String> allStems = new TreeSet<>(stems);
        allStems.addAll(other.stems);
        return new Keywords(allSkills, allStems);
    }

    /** Whether there is nothing to match on. */
    public boolean isEmpty() {
        return skills.isEmpty() && stems.isEmpty();
    }

    /**
     * A light stem of a lower-case word, so inflections of one word meet: the plural "-s", "-es" and
     * "-ies", "-ed" and "-ing" go, with a doubled consonant before them ("shipped", "ship") and a
     * final "e" ("pipelines", "pipeline"). Irregular forms ("built") stay apart; that costs a match,
     * never a false one.
     */
    static String stem(String word) {
        String stem = word;
        if (word.endsWith("ies") && word.length() > 4) {
            stem = word.substring(0, word.length() - 3) + "y";
        } else if (word.endsWith("ing") && word.length() > 5) {
            stem = undouble(word.substring(0, word.length() - 3));
        } else if (word.endsWith("ed") && !word.endsWith("eed") && word.length() > 4) {
            stem = undouble(word.substring(0, word.length() - 2));
        } else if (word.endsWith("es") && word.length() > 4) {
            stem = word.substring(0, word.length() - 2);
        } else if (word.endsWith("s") && word.length() > 3 && !word.matches(".*(ss|us|is)")) {
            stem = word.substring(0, word.length() - 1);
        }
        return stem.endsWith("e") && stem.length() > 2 ? stem.substring(0, stem.length() - 1) : stem;
    }

    /** "shipp" to "ship", "plann" to "plan"; not "add", "call" or "pass", whose double is the word's own. */
    private static String undouble(String stem) {
        int n = stem.length();
        boolean doubled =
                n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bgmnprt".indexOf(stem.charAt(n - 1)) >= 0;
        return doubled ? stem.substring(0, n - 1) : stem;
    }
}
