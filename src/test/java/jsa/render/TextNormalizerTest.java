package jsa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    // like Carlito: no U+00A0 and no U+2011
    private static final IntPredicate CARLITO = cp -> cp != 0x00A0 && cp != 0x2011;

    @Test
    void noBreakSpaceBecomesTheNarrowOneOrASpaceWhenTheFontLacksIt() {
        assertThat(TextNormalizer.normalize("10\u00A0000", CARLITO)).isEqualTo("10\u202F000");
        assertThat(TextNormalizer.normalize("10\u00A0000", cp -> cp != 0x00A0 && cp != 0x202F))
                .isEqualTo("10 000");
        assertThat(TextNormalizer.normalize("10\u00A0000", cp -> true)).isEqualTo("10\u00A0000");
    }

    @Test
    void noBreakHyphenBecomesAHyphen() {
        assertThat(TextNormalizer.normalize("non\u2011breaking", CARLITO)).isEqualTo("non-breaking");
    }

    @Test
    void typographyTheFontLacksBecomesItsPlainForm() {
        IntPredicate ascii = cp -> cp < 0x80;
        assertThat(TextNormalizer.normalize("\u201Cit\u2019s\u201D \u2013 \u2014 \u2026 \u2009x", ascii))
                .isEqualTo("\"it's\" - - ...  x");
        assertThat(TextNormalizer.normalize("\u201Cit\u2019s\u201D \u2014", cp -> true))
                .isEqualTo("\u201Cit\u2019s\u201D \u2014");
    }

    @Test
    void controlsAndInvisibleFormatCharactersGoAndLineBreaksBecomeSpaces() {
        assertThat(TextNormalizer.normalize(
                        "a\u0007b\u0000c\nd\te\r\nf\u2028g\u00ADh\u200Bi\u200Dj\uFEFFk\u200Fl\u202Em\uFE0Fn", CARLITO))
                .isEqualTo("abc d e  f gh" + "ijklmn");
        assertThat(TextNormalizer.normalize("lone \uD800 surrogate \uFFFF", CARLITO))
                .isEqualTo("lone  surrogate ");
    }

    @Test
    void textIsComposedSoThatAccentsAreOneCharacter() {
        assertThat(TextNormalizer.normalize("Cafe\u0301", CARLITO)).isEqualTo("Caf\u00E9");
    }

    @Test
    void charactersWithoutAStandInAreLeftForAFallbackFont() {
        assertThat(TextNormalizer.normalize("\u05E9 \uD83D\uDE80", cp -> cp < 0x80))
                .isEqualTo("\u05E9 \uD83D\uDE80");
    }
}
