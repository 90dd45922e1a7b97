package jsa.resume;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jsa.JsaException;
import jsa.ProblemList;

/**
 * {@code jsa resume edit}'s plain-text form of a resume's bullets and skills categories, and the
 * choices read back from it once edited. The form's header comment is its documentation: one
 * section per role headed {@code ## Title — Company}, then {@code ## Skills}; one line per item,
 * {@code [id] text} or {@code x [id] text} for an excluded one; lines starting with a single
 * {@code #} are notes. Item text equal to the generated text (ignoring spacing) is no override.
 * Skills categories keep their names: a skills line is {@code [id] Category: skills}.
 */
final class ResumeEditForm {
    private static final Pattern ITEM = Pattern.compile("(?:([xX])\\s*)?\\[(\\d{1,18})](.*)");
    private static final String SKILLS = "## Skills";
    private static final String BULLET = "bullet";
    private static final String CATEGORY = "skills category";
    private static final int PROBLEMS_SHOWN = 5;
    private static final String HOW = """
            #
            # Each bullet and skills category is one line, "[id] text". Edit a line's text to put your own
            # wording in place of the generated one; put the generated text back (a "# generated:" note
            # under the line shows it) to drop your wording. Put "x " before an id to leave that line out
            # of the resume ("x [42] ..."); delete the "x " to bring it back. Move lines up or down within
            # their section to reorder them. Keep every line, in its own section, and keep the "##"
            # headings and each skills line's "Category:" as they are. Other lines starting with "#" are
            # notes and are ignored. Save and quit to apply; empty the file to cancel.
            """;

    private ResumeEditForm() {}

    /** The form of {@code resume}: every bullet and skills category, excluded ones too, in order. */
    static String write(Resume resume) {
        ResumeSummary summary = resume.summary();
        StringBuilder form = new StringBuilder();
        form.append("# Resume ")
                .append(summary.id())
                .append(", version ")
                .append(summary.version())
                .append(", ")
                .append(summary.target())
                .append('\n')
                .append(HOW);
        for (ResumeRole role : resume.roles()) {
            form.append('\n').append(heading(role)).append('\n');
            for (ResumeBullet bullet : role.bullets()) {
                item(form, bullet.exclude(), bullet.id(), bullet.shown());
                if (bullet.overrideText() != null) {
                    note(form, "generated: " + OverrideText.spaced(bullet.text()));
                }
                ResumeText.unverified(bullet).ifPresent(flags -> note(form, flags));
            }
        }
        form.append('\n').append(SKILLS).append('\n');
        for (ResumeSkills category : resume.skills()) {
            item(form, category.exclude(), category.id(), category.category() + ": " + category.shown());
            if (category.overrideText() != null) {
                note(form, "generated: " + category.category() + ": " + OverrideText.spaced(category.skillsText()));
            }
        }
        return form.toString();
    }

    /**
     * The choices an edited form of {@code resume} makes: each item's override, exclusion and
     * place, positions counted from 0 in the order of the lines.
     *
     * @throws JsaException naming the line of each problem (the first few), when the form is not
     *     valid for {@code resume}
     */
    static ResumeChoices parse(Resume resume, String form) {
        Reader reader = new Reader(resume);
        List<String> lines = form.lines().toList();
        for (int i = 0; i < lines.size() && !reader.stopped; i++) {
            reader.read(i + 1, lines.get(i).strip());
        }
        reader.checkEveryItemSeen();
        List<String> problems = reader.problems;
        if (!problems.isEmpty()) {
            throw JsaException.usage(
                    "the edited resume is not valid: " + ProblemList.summary(problems, PROBLEMS_SHOWN),
                    "nothing was saved; fix the form and apply it again");
        }
        List<ItemChoice> bullets = new ArrayList<>();
        reader.sections.stream().filter(s -> !s.skills()).forEach(s -> bullets.addAll(s.chosen()));
        return new ResumeChoices(
                bullets, reader.sections.get(reader.sections.size() - 1).chosen());
    }

    private static String heading(ResumeRole role) {
        return "## " + role.title() + " — " + role.company();
    }

    private static void item(StringBuilder form, boolean exclude, long id, String text) {
        form.append(exclude ? "x " : "")
                .append('[')
                .append(id)
                .append("] ")
                .append(OverrideText.spaced(text))
                .append('\n');
    }

    private static void note(StringBuilder form, String text) {
        form.append("#   ").append(text).append('\n');
    }

    /** An item as stored. {@code category} is null for a bullet. */
    private record Stored(long id, String generated, String override, String category) {}

    /**
     * A section of the form and the items it holds; as the form is read, the choices for them in the
     * order read and the line each was read on.
     */
    private record Section(
            String heading,
            boolean skills,
            Map<Long, Stored> items,
            List<ItemChoice> chosen,
            Map<Long, Integer> lines) {
        Section(String heading, boolean skills, Map<Long, Stored> items) {
            this(heading, skills, items, new ArrayList<>(), new HashMap<>());
        }

        String noun() {
            return skills ? CATEGORY : BULLET;
        }
    }

    /** Reads a form line by line against the resume's sections, collecting choices and problems. */
    private static final class Reader {
        final long resumeId;
        final List<Section> sections = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int current = -1;
        boolean stopped;

        Reader(Resume resume) {
            resumeId = resume.summary().id();
            for (ResumeRole role : resume.roles()) {
                Map<Long, Stored> items = new LinkedHashMap<>();
                role.bullets().forEach(b -> items.put(b.id(), new Stored(b.id(), b.text(), b.overrideText(), null)));
                sections.add(new Section(heading(role), false, items));
            }
            Map<Long, Stored> skills = new LinkedHashMap<>();
            resume.skills()
                    .forEach(s ->
                            skills.put(s.id(), new Stored(s.id(), s.skillsText(), s.overrideText(), s.category())));
            sections.add(new Section(SKILLS, true, skills));
        }

        /** Reads line {@code number}; stops when the lines below it cannot be placed in a section. */
        void read(int number, String line) {
            if (line.startsWith("##")) {
                enterSection(number, line);
                return;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            Matcher item = ITEM.matcher(line);
            if (!item.matches()) {
                problem(
                        number,
                        "\"" + abbreviated(line) + "\" is not an item (\"[id] text\"), a \"##\" heading or a"
                                + " \"#\" note; an item must stay on one line");
            } else if (current < 0) {
                problem(number, "[" + item.group(2) + "] comes before the first \"##\" heading");
            } else {
                item(
                        number,
                        item.group(1) != null,
                        Long.parseLong(item.group(2)),
                        item.group(3).strip());
            }
        }

        private void enterSection(int number, String line) {
            int next = current + 1;
            if (next < sections.size()
                    && OverrideText.spaced(line).equals(sections.get(next).heading())) {
                current = next;
                return;
            }
            problem(
                    number,
                    next < sections.size()
                            ? "expected the heading \"" + sections.get(next).heading() + "\"; the \"##\" headings"
                                    + " cannot be changed, added, moved or removed"
                            : "\"" + abbreviated(line) + "\" is a heading after the last one, \"" + SKILLS + "\"");
            // which section the lines below belong to is unknown now
            stopped = true;
        }

        private void item(int number, boolean exclude, long id, String text) {
            Section section = sections.get(current);
            Stored stored = section.items().get(id);
            if (stored == null) {
                problem(number, misplaced(section, id, number));
                return;
            }
            Integer earlier = section.lines().putIfAbsent(id, number);
            if (earlier != null) {
                problem(number, section.noun() + " [" + id + "] is also on line " + earlier);
                return;
            }
            String edited = text;
            if (stored.category() != null) {
                Matcher category = Pattern.compile(Pattern.quote(stored.category()) + "\\s*:(.*)")
                        .matcher(text);
                if (!category.matches()) {
                    problem(
                            number,
                            CATEGORY + " [" + id + "] must read \"" + stored.category() + ": skills\"; a category"
                                    + " cannot be renamed");
                    return;
                }
                edited = category.group(1);
            }
            String invalid = section.skills() ? OverrideText.skillsProblem(edited) : OverrideText.bulletProblem(edited);
            if (invalid != null) {
                problem(
                        number,
                        "the text of " + section.noun() + " [" + id + "] " + invalid
                                + (edited.isBlank() ? "; to leave it out, put \"x \" before its id" : ""));
                return;
            }
            String override = OverrideText.resolve(edited, stored.generated(), stored.override());
            section.chosen()
                    .add(new ItemChoice(id, override, exclude, section.chosen().size()));
        }

        /** What is wrong with item {@code id} on line {@code number} of {@code section}, which lacks it. */
        private String misplaced(Section section, long id, int number) {
            for (Section other : sections) {
                if (other != section && other.items().containsKey(id)) {
                    // one problem is enough: a moved line is not missing too
                    other.lines().putIfAbsent(id, number);
                    return other.noun() + " [" + id + "] belongs under \"" + other.heading()
                            + "\"; a line cannot move to another section";
                }
            }
            return "resume " + resumeId + " has no " + section.noun() + " [" + id + "]";
        }

        void checkEveryItemSeen() {
            if (stopped) {
                return;
            }
            for (Section section : sections) {
                for (long id : section.items().keySet()) {
                    if (!section.lines().containsKey(id)) {
                        problems.add(section.noun() + " [" + id + "] is missing: keep every line (put \"x \""
                                + " before an id to leave it out)");
                    }
                }
            }
        }

        private void problem(int number, String problem) {
            problems.add("line " + number + ": " + problem);
        }

        private static String abbreviated(String line) {
            return line.length() <= 40 ? line : line.substring(0, 37) + "...";
        }
    }
}
