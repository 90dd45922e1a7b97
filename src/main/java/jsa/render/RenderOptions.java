package jsa.render;

import java.nio.file.Path;

/**
 * How to render resumes.
 *
 * @param outputDir where the files go; created when missing
 * @param pages the page budget {@link RenderStyle#AUTO} fits the resume into
 * @param html write the XHTML and its stylesheet for a browser instead of the PDF
 */
public record RenderOptions(Path outputDir, RenderStyle style, int pages, boolean html) {
    public RenderOptions {
        if (pages < 1) {
            throw new IllegalArgumentException("page budget " + pages);
        }
    }
}
