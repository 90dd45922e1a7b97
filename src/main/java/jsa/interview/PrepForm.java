package jsa.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jsa.JsaException;
import jsa.ProblemList;

/**
 * The {@code $EDITOR} form of a preparation: a comment that explains it, then each section's
 * Markdown under a level-1 heading with the section's name. Only the known names start a
 * section, and not inside a fenced code block, so the sections' own headings (level 2 and
 * deeper, or other words) stay content.
 */
final class PrepForm {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*");
    private static final int PROBLEMS_SHOWN = 3;

    private PrepForm() {}

    /** The form of {@code sections} (name to Markdown, in order) under {@code explanation}. */
    static String write(String explanation, Map<String, String> sections) {
        StringBuilder form =
                new StringBuilder("<!--\n").append(explanation.strip()).append("\n-->\n");
        sections.forEach((name, markdown) -> form.append("\n# ")
                .append(name)
                .append("\n\n")
                .append(markdown.strip())
                .append('\n'));
        return form.toString();
    }

    /**
     * The sections of an edited form, by name in {@code names}' order.
     *
     * @throws JsaException naming the lines of the first problems when text stands before the
     *     first heading, a heading is missing or repeated, or a section is empty
     */
    static Map<String, String> read(String form, List<String> names) {
        Map<String, StringBuilder> found = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = withoutComment(form).lines().toList();
        int skipped = (int) form.lines().count() - lines.size();
        StringBuilder current = null;
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1 + skipped;
            String name = fenced ? null : heading(line, names);
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            }
            if (name != null) {
                if (found.containsKey(name)) {
                    problems.add("line " + number + ": '# " + name + "' appears a second time");
                    current = found.get(name);
                } else {
                    current = new StringBuilder();
                    found.put(name, current);
                }
            } else if (current != null) {
                current.append(line).append('\n');
            } else if (!line.isBlank()) {
                problems.add("line " + number + ": text before the first section heading");
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        for (String name : names) {
            StringBuilder text = found.get(name);
            if (text == null) {
                problems.add("the '# " + name + "' heading is missing");
            } else if (text.toString().isBlank()) {
                problems.add("section '" + name + "' is empty");
            } else {
                sections.put(name, text.toString().strip());
            }
        }
        if (!problems.isEmpty()) {
            throw JsaException.usage(
                    "the edited preparation is not valid: " + ProblemList.summary(problems, PROBLEMS_SHOWN),
                    "nothing was saved; keep one '# NAME' heading per section (" + String.join(", ", names)
                            + ") with text under each");
        }
        return sections;
    }

    // the explanation at the top, when the user left it there
    private static String withoutComment(String form) {
        String text = form.stripLeading();
        if (!text.startsWith("<!--")) {
            return form;
        }
        int end = text.indexOf("-->");
        if (end < 0) {
            return form;
        }
        String rest = text.substring(end + 3);
        // the comment's own lines are not the user's: count lines from where the comment ended
        return rest.startsWith("\n") ? rest.substring(1) : rest;
    }

    private static String heading(String line, List<String> names) {
        if (!line.startsWith("# ")) {
            return null;
        }
        String title = line.substring(2).strip();
        return names.stream().filter(title::equalsIgnoreCase).findFirst().orElse(null);
    }
}
