package jsa.resume;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jsa.jd.SkillVocabulary;
import jsa.jd.SkillVocabulary.Mention;

/**
 * One entry of a resume's skills section, made from the user's own tools only.
 *
 * @param name as the section shows it
 * @param section the {@link SkillVocabulary} section it belongs to, or null when the vocabulary
 *     does not know it
 * @param order where it first appears among the tools
 * @param keywords what it matches requirements on
 */
record ListedSkill(String name, String section, int order, Keywords keywords) {
    /** The longest name a skills section shows. */
    static final int MAX_NAME = 40;

    /**
     * The skills of {@code tools}, in first-appearance order. Tools that are one skill, with at most
     * a version ("Java 11", "Java 17"), are one entry, named as the user spells the skill when
     * every tool spells it alike ("Java"), else by its canonical name ("Postgres" and "PostgreSQL" are
     * "PostgreSQL"). Any other tool is an entry as written; it belongs to the section of the last
     * skill it names, the head of the name ("AWS Lambda" is Lambda, cloud), and to none when it
     * names no skill ("Debezium"). A name longer than {@link #MAX_NAME} is left out.
     */
    static List<ListedSkill> of(List<String> tools) {
        Map<String, List<Spelling>> byKey = new LinkedHashMap<>();
        for (String tool : tools) {
            String written = BulletDraft.clean(tool);
            if (!written.isEmpty()) {
                Spelling spelling = Spelling.of(written);
                byKey.computeIfAbsent(spelling.key(), key -> new ArrayList<>()).add(spelling);
            }
        }
        List<ListedSkill> skills = new ArrayList<>();
        for (List<Spelling> spellings : byKey.values()) {
            Spelling first = spellings.get(0);
            boolean alike = spellings.stream().allMatch(s -> s.name().equals(first.name()));
            String name = alike ? first.name() : first.commonName();
            String asWritten =
                    String.join("\n", spellings.stream().map(Spelling::tool).toList());
            if (name.length() <= MAX_NAME) {
                skills.add(new ListedSkill(name, first.section(), skills.size(), Keywords.of(asWritten)));
            }
        }
        return skills;
    }

    /**
     * How one tool names its entry.
     *
     * @param tool as written
     * @param name as this tool alone would show it: the skill as written for a skill with a
     *     version, else the tool
     * @param commonName what the entry shows when its tools spell it differently
     * @param section the section of the last skill the tool names, or null
     * @param key equal for the tools of one entry
     */
    private record Spelling(String tool, String name, String commonName, String section, String key) {
        static Spelling of(String tool) {
            List<Mention> mentions = SkillVocabulary.mentions(tool);
            if (mentions.isEmpty()) {
                return new Spelling(tool, tool, tool, null, "tool " + tool.toLowerCase(Locale.ROOT));
            }
            Mention head = mentions.get(mentions.size() - 1);
            String section = head.skill().section();
            if (mentions.size() == 1 && isVersion(without(tool, head))) {
                String canonical = head.skill().canonical();
                return new Spelling(tool, head.text(), canonical, section, "skill " + canonical);
            }
            return new Spelling(tool, tool, tool, section, "tool " + tool.toLowerCase(Locale.ROOT));
        }

        private static String without(String tool, Mention mention) {
            return tool.substring(0, mention.start()) + tool.substring(mention.end());
        }

        /** "", " 17", " 3.11", " v2": nothing but a version beside the skill's name. */
        private static boolean isVersion(String rest) {
            return rest.strip().matches("(?i)v?[\\d.]*");
        }
    }
}
