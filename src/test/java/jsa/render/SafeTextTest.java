package jsa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;

class SafeTextTest {
    private final SafeText text = new SafeText(coverage());

    // registered as DejaVu Sans then Carlito: Carlito is still the primary, as the stylesheets say
    private static GlyphCoverage coverage() {
        Map<String, IntPredicate> families = new LinkedHashMap<>();
        families.put("DejaVu Sans", cp -> cp < 0x10000);
        families.put("Carlito", cp -> cp < 0x590 && cp != 0x00A0);
        return new GlyphCoverage(families);
    }

    @Test
    void markupInTheTextIsEscaped() throws Exception {
        assertThat(markup("<script>alert('x')</script> & <b>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;");
    }

    @Test
    void charactersOnlyAFallbackFontHasAreSetInItAndEverythingElseInSpansToKeepReadingOrder() throws Exception {
        assertThat(markup("x \u05E9\u05DC y"))
                .isEqualTo("<span>x </span><span style=\"font-family: 'DejaVu Sans'\">\u05DC\u05E9 </span>"
                        + "<span>y</span>");
        assertThat(text.missing()).isEmpty();
    }

    @Test
    void aCharacterNoFontHasShowsAsAQuestionMarkAndIsReported() throws Exception {
        assertThat(markup("Shipped \uD83D\uDE80 fast")).isEqualTo("Shipped ? fast");
        assertThat(text.missing()).containsExactly(0x1F680);
    }

    @Test
    void htmlKeepsTheWhiteSpaceAroundTextThatSitsBetweenElements() {
        assertThat(text.html(" and <b> ")).isEqualTo(" and &lt;b&gt; ");
        assertThat(text.html("  ")).isEqualTo("  ");
        assertThat(text.warning("doc")).isEmpty();
    }

    @Test
    void theWarningNamesEachCharacterNoFontHas() {
        text.html("\uD83D\uDE80");

        assertThat(text.warning("resume 1"))
                .contains("warning: resume 1: no installed font has \uD83D\uDE80 (U+1F680); shown as ?: reword the"
                        + " text, or add a font that has it with --font-dir");
    }

    @Test
    void missingTextStaysMissing() {
        assertThat(text.markup(null)).isNull();
        assertThat(text.markup("  \n")).isNull();
    }

    @Test
    void thePrimaryFamilyIsTheStylesheetsFirstChoiceNotTheFirstRegistered() {
        assertThat(coverage().primary()).isEqualTo("Carlito");
        assertThat(coverage().families()).containsExactly("Carlito", "DejaVu Sans");
    }

    private String markup(String value) throws Exception {
        TemplateHTMLOutputModel model = text.markup(value);
        return HTMLOutputFormat.INSTANCE.getMarkupString(model);
    }
}
