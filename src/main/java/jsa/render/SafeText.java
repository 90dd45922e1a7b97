package jsa.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * Resume text as template markup that renders every character: normalized for the primary
 * font, right-to-left runs in visual order, HTML-escaped, and characters only another
 * registered font has wrapped in a span set in that font. A character no font has becomes a
 * visible {@code ?} and is remembered for a warning.
 */
final class SafeText {
    private final GlyphCoverage coverage;
    private final Set<Integer> missing = new TreeSet<>();

    SafeText(GlyphCoverage coverage) {
        this.coverage = coverage;
    }

    /** {@code text} as markup; null stays null, so that templates can test it with {@code ??}. */
    TemplateHTMLOutputModel markup(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Run> runs = new ArrayList<>();
        VisualOrder.of(TextNormalizer.normalize(text.strip(), coverage::primaryHas))
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
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html.toString());
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML markup is always accepted", e);
        }
    }

    /** The characters no registered font has, met so far. */
    List<Integer> missing() {
        return List.copyOf(missing);
    }

    /** Characters set in one family; null for the primary. */
    private record Run(String family, StringBuilder text) {}
}
