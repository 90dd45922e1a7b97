package jsa.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * Text as template markup that renders every character: normalized for the primary
 * font, Arabic letters joined ({@link ArabicShaping}), right-to-left runs in visual order, HTML-escaped, and characters only another
 * registered font has wrapped in a span set in that font. A character no font has becomes a
 * visible {@code ?} and is remembered for a warning.
 */
final class SafeText {
    private final GlyphCoverage coverage;
    private final Set<Integer> missing = new TreeSet<>();

    SafeText(GlyphCoverage coverage) {
        this.coverage = coverage;
    }

    /**
     * Text for a page a browser shows ({@code render-pdf --html}): only escaped. A browser finds
     * fonts and lays right-to-left text out itself; text in visual order would be reversed twice.
     */
    static SafeText forBrowser() {
        return new SafeText(null);
    }

    /** {@code text} as markup; null stays null, so that templates can test it with {@code ??}. */
    TemplateHTMLOutputModel markup(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html(text.strip()));
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML markup is always accepted", e);
        }
    }

    /** {@code text} as an HTML fragment, as {@link #markup} makes it but with its white space kept. */
    String html(String text) {
        if (coverage == null) {
            // control characters are not XML either way; a browser has fonts for the rest
            return HTMLOutputFormat.INSTANCE.escapePlainText(TextNormalizer.normalize(text, cp -> true));
        }
        List<Run> runs = new ArrayList<>();
        VisualOrder.of(ArabicShaping.shape(TextNormalizer.normalize(text, coverage::primaryHas)))
                .codePoints()
                .forEach(cp -> {
                    String family = null;
                    int shown = cp;
                    if (cp != ' ' && !coverage.primaryHas(cp)) {
                        family = coverage.fallbackFor(cp).orElse(null);
                        if (family == null) {
                            missing.add(cp);
                            shown = '?';
                        }
                    }
                    Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                    // a space goes with the run it is in, so that a fallback phrase stays one span
                    if (last != null && (cp == ' ' || Objects.equals(last.family, family))) {
                        last.text.appendCodePoint(shown);
                    } else {
                        runs.add(new Run(family, new StringBuilder().appendCodePoint(shown)));
                    }
                });
        StringBuilder html = new StringBuilder();
        for (Run run : runs) {
            String escaped = HTMLOutputFormat.INSTANCE.escapePlainText(run.text.toString());
            if (runs.size() == 1 && run.family == null) {
                html.append(escaped);
            } else if (run.family == null) {
                // Flying Saucer draws a line's bare text before its elements: all spans keep reading order
                html.append("<span>").append(escaped).append("</span>");
            } else {
                html.append("<span style=\"font-family: '")
                        .append(run.family)
                        .append("'\">")
                        .append(escaped)
                        .append("</span>");
            }
        }
        return html.toString();
    }

    /** The characters no registered font has, met so far. */
    List<Integer> missing() {
        return List.copyOf(missing);
    }

    /**
     * The warning that {@code label} shows the characters no font has as {@code ?}, naming them;
     * empty when every character had a font.
     */
    Optional<String> warning(String label) {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("warning: " + label + ": no installed font has "
                + missing.stream()
                        .map(cp -> new String(Character.toChars(cp)) + String.format(Locale.ROOT, " (U+%04X)", cp))
                        .collect(Collectors.joining(", "))
                + "; shown as ?: reword the text, or add a font that has "
                + (missing.size() == 1 ? "it" : "them") + " with --font-dir");
    }

    /** Characters set in one family; null for the primary. */
    private record Run(String family, StringBuilder text) {}
}
