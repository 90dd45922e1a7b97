package jsa.render;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Rewrites resume text for the font that sets it. Flying Saucer has no per-glyph fallback, so a
 * character the font lacks would come out as {@code #}: no-break spaces and hyphens, typographic
 * spaces, quotes and dashes the font lacks become near equivalents it has; invisible format and
 * control characters go; line breaks become spaces.
 */
final class TextNormalizer {
    /** Stand-ins, best first, for characters a font may lack. */
    private static final Map<Integer, List<String>> SUBSTITUTES = Map.ofEntries(
            // Carlito has no U+00A0: the narrow no-break space still keeps "10 ms" together
            Map.entry(0x00A0, List.of("\u202F", " ")),
            Map.entry(0x202F, List.of(" ")),
            Map.entry(0x2011, List.of("-")),
            Map.entry(0x2010, List.of("-")),
            Map.entry(0x2012, List.of("\u2013", "-")),
            Map.entry(0x2013, List.of("-")),
            Map.entry(0x2014, List.of("\u2013", "-")),
            Map.entry(0x2015, List.of("\u2014", "-")),
            Map.entry(0x2212, List.of("\u2013", "-")),
            Map.entry(0x2018, List.of("'")),
            Map.entry(0x2019, List.of("'")),
            Map.entry(0x201A, List.of(",")),
            Map.entry(0x201C, List.of("\"")),
            Map.entry(0x201D, List.of("\"")),
            Map.entry(0x201E, List.of("\"")),
            Map.entry(0x2026, List.of("...")),
            Map.entry(0x2022, List.of("\u00B7", "-")));

    private TextNormalizer() {}

    /**
     * {@code text} in NFC with only characters worth setting, those {@code has} lacks replaced
     * by a stand-in it has where there is one; others are left for a fallback font.
     */
    static String normalize(String text, IntPredicate has) {
        StringBuilder out = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
                out.append(' ');
            } else if (invisible(cp)) {
                return;
            } else if (!has.test(cp) && SUBSTITUTES.containsKey(cp)) {
                out.append(SUBSTITUTES.get(cp).stream()
                        .filter(stand -> stand.codePoints().allMatch(has))
                        .findFirst()
                        .orElse(" "));
            } else if (!has.test(cp) && Character.getType(cp) == Character.SPACE_SEPARATOR) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    // controls, format characters (soft hyphen, zero-width and bidi marks, BOM), variation
    // selectors, lone surrogates and non-characters: nothing to show, and some are not XML
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED && (cp & 0xFFFE) == 0xFFFE
                || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0100 && cp <= 0xE01EF;
    }
}
