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
    void sourceLineBreaksAreSpacesAndBlankLinesCollapse() {
        String text =
                HtmlText.of("\n  <p>Line\n   one\tand\r\ntwo </p>\n\n<p></p><div><p> <br> Next<br/>line</p></div>  ");

        assertThat(text).isEqualTo("Line one and two\n\nNext\nline");
    }

    @Test
    void textWithoutMarkupIsKeptAsItIs() {
        assertThat(HtmlText.of("Plain words, no tags.")).isEqualTo("Plain words, no tags.");
        assertThat(HtmlText.of("<br><p> </p>")).isEmpty();
    }

    @Test
    void blankIsNull() {
        assertThat(HtmlText.of("  ")).isNull();
        assertThat(HtmlText.of(null)).isNull();
    }
}
