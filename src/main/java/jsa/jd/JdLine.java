package jsa.jd;

/**
 * One line of a normalized posting, as the extractors read it.
 *
 * @param raw the line as normalized
 * @param plain the line without markdown decoration ("**", "#", links) or a leading bullet
 * @param bullet whether the line is a list item
 * @param heading whether the line names a section rather than saying something
 * @param section the kind of section the line sits in (a heading carries its own kind)
 */
record JdLine(String raw, String plain, boolean bullet, boolean heading, SectionKind section) {
    boolean isBlank() {
        return plain.isEmpty();
    }
}
