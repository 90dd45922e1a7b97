package jsa.jd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A normalized posting split into lines, each knowing whether it is a heading and which kind of
 * section it sits in, with its header read. A section that is a list ends with the list: the
 * paragraph after it is about something else. Built once per parse so every extractor shares one
 * reading of the layout.
 */
record JdDocument(String text, List<JdLine> lines, JdHeader header) {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern DECORATION = Pattern.compile("\\*+|(?<![\\w])_+|_+(?![\\w])|`+|^#+\\s*");
    private static final Pattern BULLET = Pattern.compile("^-\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.,;]$");

    static JdDocument of(String normalized) {
        String[] rawLines = normalized.split("\n", -1);
        List<String> plains = new ArrayList<>(rawLines.length);
        for (String raw : rawLines) {
            plains.add(plain(raw));
        }
        List<JdLine> lines = new ArrayList<>(rawLines.length);
        SectionKind section = SectionKind.NONE;
        boolean inList = false;
        for (int i = 0; i < rawLines.length; i++) {
            String raw = rawLines[i];
            boolean bullet = BULLET.matcher(raw).find();
            String plain = plains.get(i);
            boolean heading = !bullet && isHeading(raw, plain, i, rawLines, plains);
            if (heading) {
                section = SectionKind.ofHeading(plain);
                inList = false;
            } else if (bullet) {
                inList = true;
            } else if (inList && startsParagraph(plain, plains.get(i - 1))) {
                // the list was the section: "Salary: ..." after the qualifications is not one more
                section = SectionKind.OTHER;
                inList = false;
            }
            lines.add(new JdLine(raw, plain, bullet, heading, section));
        }
        return new JdDocument(normalized, List.copyOf(lines), JdHeader.of(lines));
    }

    /** The line without markdown emphasis, header marks, link targets or a leading bullet. */
    static String plain(String raw) {
        String text = BULLET.matcher(raw).replaceFirst("");
        text = LINK.matcher(text).replaceAll("$1");
        text = DECORATION.matcher(text).replaceAll("");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** A line that is no list item's continuation: it follows a blank line or starts a new sentence. */
    private static boolean startsParagraph(String plain, String previous) {
        return !plain.isEmpty() && (previous.isEmpty() || !Character.isLowerCase(plain.charAt(0)));
    }

    /**
     * Short lines that do not end like a sentence and are marked up, end with a colon, stand after a
     * blank line or introduce a list: postings from different sources mark headings differently.
     */
    private static boolean isHeading(String raw, String plain, int index, String[] raws, List<String> plains) {
        if (plain.isEmpty()
                || plain.length() > 90
                || SENTENCE_END.matcher(plain).find()) {
            return false;
        }
        int words = plain.split(" ").length;
        boolean colon = plain.endsWith(":");
        if (words > (colon ? 12 : 8)) {
            return false;
        }
        boolean marked = raw.startsWith("#") || raw.startsWith("**") || raw.startsWith("__");
        boolean afterBlank = index == 0 || plains.get(index - 1).isEmpty();
        boolean beforeList =
                index + 1 < raws.length && BULLET.matcher(raws[index + 1]).find();
        boolean beforeBlank = index + 1 < raws.length && plains.get(index + 1).isEmpty();
        boolean label = words <= 5 && !plain.endsWith("!") && !plain.endsWith("?");
        return marked || colon || afterBlank || beforeList || beforeBlank && label;
    }
}
