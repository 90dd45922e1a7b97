package jsa.jobs.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void keepsParagraphsAndBulletsAndDropsMarkupAndScripts() {
        String text = HtmlText.of("<div><h2>About</h2><p>We build <b>tools</b>&nbsp;for&nbsp;you.</p>"
                + "<ul><li>Java</li><li>SQL &amp; Python</li></ul><script>alert(1)</script></div>");

        assertThat(text).isEqualTo("About\n\nWe build tools for you.\n\n- Java\n- SQL & Python");
    }

    @Test
    void blankIsNull() {
        assertThat(HtmlText.of("  ")).isNull();
        assertThat(HtmlText.of(null)).isNull();
    }
}
