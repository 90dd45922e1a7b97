package jsa.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisualOrderTest {
    @Test
    void leftToRightTextIsUnchanged() {
        String text = "Cut p95 latency (4.2 s \u2192 650 ms)";
        assertThat(VisualOrder.of(text)).isSameAs(text);
    }

    @Test
    void aRightToLeftPhraseIsReversedInPlace() {
        // שלום עולם: its last word comes first from the left
        assertThat(VisualOrder.of("with the \u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD team"))
                .isEqualTo("with the \u05DD\u05DC\u05D5\u05E2 \u05DD\u05D5\u05DC\u05E9 team");
    }

    @Test
    void bracketsInsideARightToLeftRunAreMirrored() {
        // בוט (עולם) שלום read right to left
        assertThat(VisualOrder.of("\u05E9\u05DC\u05D5\u05DD (\u05E2\u05D5\u05DC\u05DD) \u05D8\u05D5\u05D1"))
                .isEqualTo("\u05D1\u05D5\u05D8 (\u05DD\u05DC\u05D5\u05E2) \u05DD\u05D5\u05DC\u05E9");
    }

    @Test
    void combiningMarksStayOnTheirLetter() {
        // shin with shin dot and qamats, then lamed
        assertThat(VisualOrder.of("\u05E9\u05C1\u05B8\u05DC")).isEqualTo("\u05DC\u05E9\u05C1\u05B8");
    }
}
