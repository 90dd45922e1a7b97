package jsa.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link ArabicShaping}: each letter's form from its neighbours, lam-alef ligatures, marks skipped. */
class ArabicShapingTest {
    @Test
    void lettersTakeTheirFormFromTheLettersBesideThem() {
        // مرحبا: meem (initial), reh (final: it joins only what comes before), hah (initial), beh (medial),
        // alef (final)
        assertThat(ArabicShaping.shape("\u0645\u0631\u062D\u0628\u0627")).isEqualTo("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E");
        // a lone beh is isolated; hamza joins nothing, so the beh before it is final-less
        assertThat(ArabicShaping.shape("\u0628")).isEqualTo("\uFE8F");
        assertThat(ArabicShaping.shape("\u0628\u0621\u0628")).isEqualTo("\uFE8F\uFE80\uFE8F");
    }

    @Test
    void lamAlefIsOneLigatureAndMarksDoNotBreakJoins() {
        // لا alone, then سلام: seen (initial), lam-alef (final ligature), meem (isolated: alef does not join on)
        assertThat(ArabicShaping.shape("\u0644\u0627")).isEqualTo("\uFEFB");
        assertThat(ArabicShaping.shape("\u0633\u0644\u0627\u0645")).isEqualTo("\uFEB3\uFEFC\uFEE1");
        // بَب with a fatha on the first beh: still initial and final
        assertThat(ArabicShaping.shape("\u0628\u064E\u0628")).isEqualTo("\uFE91\u064E\uFE90");
    }

    @Test
    void otherTextIsLeftAsItWas() {
        assertThat(ArabicShaping.shape("Kafka \u05E9\u05DC\u05D5\u05DD 2026"))
                .isEqualTo("Kafka \u05E9\u05DC\u05D5\u05DD 2026");
        assertThat(ArabicShaping.shape("Java \u0628")).isEqualTo("Java \uFE8F");
    }
}
