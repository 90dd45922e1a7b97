package jsa.resume;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jsa.jd.SkillVocabulary;
import jsa.jd.SkillVocabulary.Mention;

/**
 * The tools of jsa's skills vocabulary: its skills minus the practices, fields and soft skills
 * that {@code not-tools.txt} lists.
 */
final class ToolVocabulary {
    private static final Set<String> NOT_TOOLS = load();

    private ToolVocabulary() {}

    /**
     * The tools {@code text} names, in order. A name written in lower case counts only when the
     * vocabulary spells it so ("pandas", "k8s"): otherwise it is an ordinary word ("maintenance
     * windows", "snowflake schema", "at the helm").
     */
    static List<Mention> toolsIn(String text) {
        return SkillVocabulary.mentions(text).stream()
                .filter(mention -> !NOT_TOOLS.contains(mention.skill().canonical()) && writtenAsName(mention))
                .toList();
    }

    private static boolean writtenAsName(Mention mention) {
        String text = mention.text();
        return mention.skill().spellings().contains(text) || !text.equals(text.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        InputStream in = ToolVocabulary.class.getResourceAsStream("not-tools.txt");
        if (in == null) {
            throw new IllegalStateException("jsa/resume/not-tools.txt is missing from the build");
        }
        Set<String> notTools;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            notTools = Set.copyOf(reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> unknown = new HashSet<>(notTools);
        SkillVocabulary.all().forEach(skill -> unknown.remove(skill.canonical()));
        // a renamed vocabulary entry would otherwise silently become a checked tool again
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("not-tools.txt names skills absent from skills.txt: " + unknown);
        }
        return notTools;
    }
}
