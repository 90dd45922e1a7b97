package jsa.jd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import jsa.ExitStatus;
import jsa.JsaException;

class JdTextTest {
    @Test
    void htmlBecomesLinesWithBullets() {
        String html = "<h2>Requirements</h2><ul><li>5+ years of <b>Java</b></li><li>SQL</li></ul><p>Apply&nbsp;now</p>";

        assertThat(JdText.normalize(html)).isEqualTo("Requirements\n\n- 5+ years of Java\n- SQL\n\nApply now");
    }

    @Test
    void entityEscapedHtmlIsDecodedFirst() {
        assertThat(JdText.normalize("&lt;p&gt;Hello&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;"))
                .isEqualTo("Hello\n\n- Go");
    }

    @Test
    void aStrayInlineTagInTextKeepsItsLinesAndEntitiesAreDecoded() {
        String text = "# Senior Engineer\n\n## Requirements\n- Kafka &amp; Flink\n- Pay $165,000&ndash;$205,000"
                + "\n\nApply <b>today</b>!<br>Thanks";

        assertThat(JdText.normalize(text))
                .isEqualTo("# Senior Engineer\n\n## Requirements\n- Kafka & Flink\n- Pay $165,000–$205,000"
                        + "\n\nApply today!\nThanks");
    }

    @Test
    void bulletGlyphsAtLineStartBecomeDashes() {
        assertThat(JdText.normalize("• one\n●two\n◦ three\n▪ four\n* five\n– six\n— seven\n· eight"))
                .isEqualTo("- one\n- two\n- three\n- four\n- five\n- six\n- seven\n- eight");
    }

    @Test
    void boldMarkdownAndNegativeNumbersAreNotBullets() {
        assertThat(JdText.normalize("**Requirements**\n-5% churn")).isEqualTo("**Requirements**\n-5% churn");
    }

    @Test
    void nfkcFoldsFullWidthDigitsAndNonBreakingSpaces() {
        assertThat(JdText.normalize("５+\u00a0years　of\u00a0Python")).isEqualTo("5+ years of Python");
    }

    @Test
    void zeroWidthCharactersAndBomGo() {
        assertThat(JdText.normalize("\uFEFFSen\u200Bior\u00ADEngineer\u200D")).isEqualTo("SeniorEngineer");
    }

    @Test
    void lineEndingsBlanksAndBlankLinesAreCollapsed() {
        assertThat(JdText.normalize("  a \t  b  \r\n\r\n\r\n\r\nc\rd\n\n\n\n")).isEqualTo("a b\n\nc\nd");
    }

    @Test
    void nullIsEmpty() {
        assertThat(JdText.normalize(null)).isEmpty();
    }

    @Test
    void inputOverTheLimitIsAUsageErrorNamingSizeAndFix() {
        String tooLong = "x".repeat(JdText.MAX_CHARS + 1);

        assertThatThrownBy(() -> JdText.normalize(tooLong))
                .isInstanceOfSatisfying(
                        JsaException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE))
                .hasMessageContaining("longer than the limit of")
                .hasMessageContaining("100000")
                .hasMessageContaining("pass the posting itself");
    }

    @Test
    void inputAtTheLimitIsRead() {
        assertThat(JdText.normalize("x".repeat(JdText.MAX_CHARS))).hasSize(JdText.MAX_CHARS);
    }

    @Test
    void hashIsStableHexAndSeesTheSamePostingOnce() {
        String a = JdText.normalize("Senior Engineer\r\n\r\n\r\n• Java");
        String b = JdText.normalize("Senior\u00a0Engineer\n\n- Java  ");

        assertThat(JdText.sha256(a)).isEqualTo(JdText.sha256(b)).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(JdText.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(JdText.sha256("abd")).isNotEqualTo(JdText.sha256("abc"));
    }
}
