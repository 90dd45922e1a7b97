package jsa.jd;

import java.util.List;
import java.util.Locale;

/** What a section of a posting is for, as far as requirements are concerned. */
enum SectionKind {
    /** Before the first heading. */
    NONE,
    /** Must-haves: requirements, minimum qualifications, "what you bring"... */
    REQUIRED,
    /** Nice-to-haves: preferred qualifications, bonus points... */
    PREFERRED,
    /** Anything else: the company, the duties, the benefits. */
    OTHER;

    // checked before the required words: "Preferred qualifications" names both
    private static final List<String> PREFERRED_WORDS = List.of(
            "preferred",
            "nice to have",
            "nice-to-have",
            "bonus",
            "plus",
            "desired",
            "desirable",
            "good to have",
            "may have some",
            "ideally",
            "extra credit",
            "would be great");
    private static final List<String> REQUIRED_WORDS = List.of(
            "requir",
            "qualification",
            "must have",
            "must-have",
            "what you need",
            "what you'll need",
            "what you will need",
            "what you bring",
            "what you'll bring",
            "what you will bring",
            "looking for",
            "who you are",
            "about you",
            "you have",
            "you'll have",
            "skills",
            "experience",
            "what we value",
            "background",
            "who you might be",
            "good fit",
            "competenc",
            "need to succeed",
            "what it takes",
            "expertise",
            "eligibility",
            "you should have",
            "you are");

    /** The kind a heading announces. */
    static SectionKind ofHeading(String heading) {
        String text = heading.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (PREFERRED_WORDS.stream().anyMatch(text::contains)) {
            return PREFERRED;
        }
        if (REQUIRED_WORDS.stream().anyMatch(text::contains)) {
            return REQUIRED;
        }
        return OTHER;
    }
}
